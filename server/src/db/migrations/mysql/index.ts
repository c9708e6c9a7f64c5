import { InitialSchema1795894332236 } from './1795894332236-InitialSchema';
import { NormaliseUsernames1796406025325 } from '../1796406025325-NormaliseUsernames';
import { PersonalDataGrant1796406180743 } from './1796406180743-PersonalDataGrant';
import { SessionRevocation1796406195758 } from './1796406195758-SessionRevocation';
import { FundingBudgetSequence1796406372463 } from './1796406372463-FundingBudgetSequence';
import { DistrictYearRecord1796407132779 } from './1796407132779-DistrictYearRecord';
import { AuditChanges1796416650324 } from './1796416650324-AuditChanges';
import { ParticipantNameTokens1796500000000 } from './1796500000000-ParticipantNameTokens';
import { IdempotencyKeys1796510000000 } from './1796510000000-IdempotencyKeys';

/** In order of application; the generator prints what to add here. */
export const mysqlMigrations = [
  InitialSchema1795894332236,
  NormaliseUsernames1796406025325,
  PersonalDataGrant1796406180743,
  SessionRevocation1796406195758,
  FundingBudgetSequence1796406372463,
  DistrictYearRecord1796407132779,
  AuditChanges1796416650324,
  ParticipantNameTokens1796500000000,
  IdempotencyKeys1796510000000,
];
