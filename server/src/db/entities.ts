import { ApiKey } from '../modules/accounts/api-key.entity';
import { IdempotencyKey } from '../modules/accounts/idempotency-key.entity';
import { RevokedSession } from '../modules/accounts/revoked-session.entity';
import { User } from '../modules/accounts/user.entity';
import { Activity } from '../modules/activities/activity.entity';
import { Attendance } from '../modules/activities/attendance.entity';
import { Provider } from '../modules/activities/provider.entity';
import { AuditEntry } from '../modules/audit/audit-entry.entity';
import { BoardMember } from '../modules/boards/board-member.entity';
import { MonitoringBoard } from '../modules/boards/monitoring-board.entity';
import { DistrictAllocation } from '../modules/funding/district-allocation.entity';
import { Funding } from '../modules/funding/funding.entity';
import { Commune } from '../modules/geography/commune.entity';
import { District } from '../modules/geography/district.entity';
import { Province } from '../modules/geography/province.entity';
import { Village } from '../modules/geography/village.entity';
import { Participant } from '../modules/participants/participant.entity';
import { DistrictYear } from '../modules/periods/district-year.entity';
import { ProvinceYear } from '../modules/periods/province-year.entity';
import { EthnicGroup } from '../modules/reference/ethnic-group.entity';

/** Every table of the portal; the data source and the migration generator both read this list. */
export const entities = [
  EthnicGroup,
  Province,
  District,
  Commune,
  Village,
  MonitoringBoard,
  BoardMember,
  Participant,
  Provider,
  Activity,
  Attendance,
  Funding,
  DistrictAllocation,
  User,
  ApiKey,
  RevokedSession,
  IdempotencyKey,
  AuditEntry,
  DistrictYear,
  ProvinceYear,
];
