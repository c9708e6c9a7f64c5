import { useI18n } from 'vue-i18n';
import { formatDate, formatDateTime, formatMoney } from '../format';
import { useEthnicGroups } from './ethnic-groups';

/** Where a record of each kind is seen: its own page where it has one, else the list it is kept in. */
const RECORD_PAGES: Record<string, (id: number) => string> = {
  Participant: (id) => `/participants/${id}`,
  Village: () => '/villages',
  Commune: () => '/communes',
  MonitoringBoard: () => '/boards',
  BoardMember: () => '/boards',
  Activity: () => '/activities',
  Attendance: () => '/activities',
  Provider: () => '/activities',
  Funding: () => '/funding',
  DistrictAllocation: () => '/funding',
  User: () => '/users',
  ApiKey: () => '/api-keys',
};

/** Fields whose values are codes of an enum the UI already names (i18n `enums.*`). */
const ENUM_FIELDS: Record<string, string> = {
  gender: 'Gender',
  category: 'ParticipantCategory',
  kind: 'ActivityKind',
  scope: 'ActivityScope',
  status: 'ActivityStatus',
  role: 'BoardRole',
};
/** Which district and province a record belongs to, and the demo flag: set on every creation, worth showing only when an update changes them. */
const CONTEXT_FIELDS = new Set(['districtId', 'provinceId', 'demo']);
const MONEY_FIELDS = new Set(['plannedCost', 'actualCost', 'amount', 'centralAmount', 'allocation']);
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** An audit entry read as a district officer reads it: names of records and fields in the UI's language, values as the UI shows them. */
export function useAuditText() {
  const { t, te } = useI18n();
  const ethnicGroups = useEthnicGroups();
  const known = (key: string, fallback: string) => (te(key) ? t(key) : fallback);

  // The catalogue's record names are written to sit inside a sentence ("người tham gia"); a column starts with a capital.
  const entityName = (entity: string) => capitalised(known(`entities.${entity}`, entity));
  const fieldLabel = (field: string) => known(`fields.${field}`, field);
  const recordLink = (entry: { entity: string; entityId: number; action: string }): string | null =>
    entry.action === 'DELETE' ? null : (RECORD_PAGES[entry.entity]?.(entry.entityId) ?? null);

  function formatValue(field: string, value: unknown): string {
    if (value === null || value === undefined || value === '') return t('audit.empty');
    if (typeof value === 'boolean') return value ? t('audit.yes') : t('audit.no');
    if (field === 'ethnicGroupCode') {
      const group = ethnicGroups.value.find((g) => g.code === value);
      return group ? `${group.name} (${group.code})` : String(value);
    }
    if (MONEY_FIELDS.has(field) && (typeof value === 'number' || typeof value === 'string')) return formatMoney(Number(value));
    if (typeof value === 'string' && ENUM_FIELDS[field]) return known(`enums.${ENUM_FIELDS[field]}.${value}`, value);
    if (typeof value === 'string' && ISO_DATE_TIME.test(value)) return formatDateTime(value);
    if (typeof value === 'string' && ISO_DATE.test(value)) return formatDate(value);
    return typeof value === 'object' ? JSON.stringify(value) : String(value);
  }

  /** The changes worth a line: a creation or deletion without the ownership columns every record has. */
  function shownChanges<C extends { field: string }>(entry: { action: string; changes: C[] }): C[] {
    return entry.action === 'UPDATE' ? entry.changes : entry.changes.filter((c) => !CONTEXT_FIELDS.has(c.field));
  }

  /** An update shows before → after; a creation what it set; a deletion what the record held. */
  function changeText(action: string, change: { field: string; before?: unknown; after?: unknown }): string {
    if (action === 'UPDATE') return `${formatValue(change.field, change.before)} → ${formatValue(change.field, change.after)}`;
    return formatValue(change.field, action === 'DELETE' ? change.before : change.after);
  }

  return { entityName, fieldLabel, recordLink, shownChanges, changeText };
}
