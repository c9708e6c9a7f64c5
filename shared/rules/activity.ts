import { collect, textLength, violation, type Violation } from './violation';

export const TITLE_LENGTH = { min: 3, max: 200 } as const;
export const TEXT_MAX = 200;
export const FISCAL_YEARS = { min: 2000, max: 2100 } as const;
const YMD = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date written YYYY-MM-DD (no 31/02). */
export function isCalendarDate(text: string): boolean {
  const m = YMD.exec(text);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.getUTCFullYear() === Number(m[1]) && date.getUTCMonth() === Number(m[2]) - 1 && date.getUTCDate() === Number(m[3]);
}

/** The name of a provider (a training centre, a district office): the province enters it once. */
export function checkProviderName(value: string | null | undefined): Violation | null {
  return textLength('name', value, 2, TEXT_MAX);
}

export function checkTitle(value: string | null | undefined): Violation | null {
  return textLength('title', value, TITLE_LENGTH.min, TITLE_LENGTH.max);
}

export function checkDate(field: 'startDate' | 'endDate', value: string | null | undefined): Violation | null {
  if (!value) return violation(field, 'required');
  return isCalendarDate(value) ? null : violation(field, 'dateFormat');
}

export interface ActivityValues {
  kind?: string | null;
  scope?: string | null;
  title?: string | null;
  topic?: string | null;
  location?: string | null;
  startDate?: string | null;
  endDate?: string | null;
  fiscalYear?: number | null;
  plannedCost?: number | null;
  actualCost?: number | null;
  status?: string | null;
}

/** The rules across fields: dates in order, the fiscal year is the start date's, a completed activity has its cost. */
export function checkActivityAcross(a: ActivityValues): Violation[] {
  const datesOk = !!a.startDate && !!a.endDate && isCalendarDate(a.startDate) && isCalendarDate(a.endDate);
  return collect(
    datesOk && (a.endDate as string) < (a.startDate as string) ? violation('endDate', 'endBeforeStart') : null,
    datesOk && a.fiscalYear !== Number((a.startDate as string).slice(0, 4)) ? violation('fiscalYear', 'fiscalYearOfStart') : null,
    a.status === 'COMPLETED' && (a.actualCost === null || a.actualCost === undefined) ? violation('actualCost', 'completedNeedsActualCost') : null,
  );
}

/** Every rule of an activity's values, all at once. */
export function checkActivity(a: ActivityValues): Violation[] {
  return [
    ...collect(
      checkTitle(a.title),
      textLength('topic', a.topic, 0, TEXT_MAX),
      textLength('location', a.location, 0, TEXT_MAX),
      checkDate('startDate', a.startDate),
      checkDate('endDate', a.endDate),
      (a.plannedCost ?? 0) < 0 ? violation('plannedCost', 'notNegative') : null,
      (a.actualCost ?? 0) < 0 ? violation('actualCost', 'notNegative') : null,
    ),
    ...checkActivityAcross(a),
  ];
}
