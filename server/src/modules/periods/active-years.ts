import type { RequestSession } from '../../session/request-session';
import { Activity } from '../../domain/activities/activity.entity';
import { Funding } from '../../domain/funding/funding.entity';

/**
 * The fiscal years with something to show the caller, newest first: the province's funded years and
 * the years of the activities it sees (its district's own and the province-level ones). The web opens
 * its yearly pages on the first, so January does not greet a district with an empty, unfunded year.
 */
export async function activeYears(session: RequestSession): Promise<number[]> {
  const funded = session.rows(Funding, 'f').select('f.fiscalYear', 'year').distinct(true);
  const worked = session.rows(Activity, 'a').select('a.fiscalYear', 'year').distinct(true);
  const rows: { year: number | string }[] = [...(await funded.getRawMany()), ...(await worked.getRawMany())];
  return [...new Set(rows.map((r) => Number(r.year)))].sort((a, b) => b - a);
}
