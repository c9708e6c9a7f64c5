import { ApiKey } from './accounts/api-key.entity';
import { IdempotencyKey } from './accounts/idempotency-key.entity';
import { RevokedSession } from './accounts/revoked-session.entity';
import { User } from './accounts/user.entity';
import { Activity } from './activities/activity.entity';
import { Attendance } from './activities/attendance.entity';
import { Provider } from './activities/provider.entity';
import { AuditEntry } from './audit/audit-entry.entity';
import { BoardMember } from './boards/board-member.entity';
import { MonitoringBoard } from './boards/monitoring-board.entity';
import { DistrictAllocation } from './funding/district-allocation.entity';
import { Funding } from './funding/funding.entity';
import { Commune } from './geography/commune.entity';
import { District } from './geography/district.entity';
import { Province } from './geography/province.entity';
import { Village } from './geography/village.entity';
import { Participant } from './participants/participant.entity';
import { DistrictYear } from './periods/district-year.entity';
import { ProvinceYear } from './periods/province-year.entity';
import { EthnicGroup } from './reference/ethnic-group.entity';

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
