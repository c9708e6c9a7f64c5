import type { RequestSession } from '../../../session/request-session';
import { containsPattern } from '../../../shared/text';
import { Commune } from '../../../domain/geography/commune.entity';
import { Village } from '../../../domain/geography/village.entity';
import { VILLAGE_COLUMNS } from '../kinds/villages';
import { keysetPages, selectAs } from './keyset';
import type { QueryFilters } from './query-filters';
import type { TableSink } from './table-sink';

export interface VillageExportFilter {
  districtId: number | null;
  communeId: number | null;
  especiallyDifficult: boolean | null;
  search: string | null;
}

export function villageFilterOf(q: QueryFilters): VillageExportFilter {
  return { districtId: q.int('districtId'), communeId: q.int('communeId'), especiallyDifficult: q.bool('especiallyDifficult'), search: q.text('search', 100) };
}

interface Raw {
  id: number;
  communeCode: string;
  communeName: string;
  name: string;
  especiallyDifficult: number | boolean;
  households: number;
  poorHouseholds: number;
}

/** The villages the caller reaches, in the columns of the villages import template. */
export async function exportVillages(session: RequestSession, filter: VillageExportFilter, sink: TableSink): Promise<void> {
  const build = () => {
    const qb = session.rows(Village, 'v').innerJoin(Commune, 'c', 'c.id = v.communeId');
    if (filter.districtId !== null) qb.andWhere('v.districtId = :districtId', { districtId: filter.districtId });
    if (filter.communeId !== null) qb.andWhere('v.communeId = :communeId', { communeId: filter.communeId });
    if (filter.especiallyDifficult !== null) qb.andWhere('v.especiallyDifficult = :ed', { ed: filter.especiallyDifficult });
    if (filter.search) qb.andWhere("v.searchName LIKE :search ESCAPE '!'", { search: containsPattern(filter.search) });
    return selectAs(qb, {
      id: 'v.id',
      communeCode: 'c.code',
      communeName: 'c.name',
      name: 'v.name',
      especiallyDifficult: 'v.especiallyDifficult',
      households: 'v.households',
      poorHouseholds: 'v.poorHouseholds',
    });
  };
  await sink.table(
    'Thôn bản',
    VILLAGE_COLUMNS.map((c) => c.header),
  );
  for await (const page of keysetPages<Raw>(build, 'v.id')) {
    for (const v of page) {
      await sink.row([v.communeCode, v.communeName, v.name, Number(v.especiallyDifficult) ? 'Có' : 'Không', Number(v.households), Number(v.poorHouseholds)]);
    }
  }
}
