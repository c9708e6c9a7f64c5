import type { ImportKind } from './import-kind';
import { participantsKind } from '../kinds/participants';
import { villagesKind } from '../kinds/villages';
import { attendanceKind } from '../kinds/attendance';

/** The kinds of import, by the name used in the URL (/api/import/:kind) and the template's file name. */
export const IMPORT_KINDS: Record<string, ImportKind> = {
  participants: participantsKind,
  villages: villagesKind,
  attendance: attendanceKind,
};
