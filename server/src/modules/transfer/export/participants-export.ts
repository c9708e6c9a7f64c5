import type { RequestSession } from '../../../session/request-session';
import { Commune } from '../../../domain/geography/commune.entity';
import { Village } from '../../../domain/geography/village.entity';
import { EthnicGroup } from '../../../domain/reference/ethnic-group.entity';
import { Gender, Participant, ParticipantCategory } from '../../../domain/participants/participant.entity';
import { applyParticipantFilter, type ParticipantFilter } from '../../participants/participant-filter';
import { PARTICIPANT_COLUMNS } from '../kinds/participants';
import { CATEGORY_LABELS } from '../import/value-parsers';
import { keysetPages, selectAs } from './keyset';
import type { QueryFilters } from './query-filters';
import type { TableSink } from './table-sink';
import { maskPersonalData } from '../../../shared/personal-data';

export function participantFilterOf(q: QueryFilters): ParticipantFilter {
  return {
    districtId: q.int('districtId'),
    communeId: q.int('communeId'),
    villageId: q.int('villageId'),
    category: q.oneOf('category', ParticipantCategory),
    gender: q.oneOf('gender', Gender),
    ethnicMinority: q.bool('ethnicMinority'),
    ethnicGroupCode: q.text('ethnicGroupCode', 2),
    search: q.text('search', 100),
  };
}

interface Raw {
  id: number;
  fullName: string;
  gender: Gender;
  birthYear: number;
  ethnicName: string;
  category: ParticipantCategory;
  position: string | null;
  communeCode: string;
  communeName: string;
  villageName: string | null;
  phone: string | null;
  idNumber: string | null;
}

/**
 * The participants the caller reaches, narrowed like the GraphQL list, in the columns of the import
 * template: an exported file imports again as it is. ID numbers and phones are masked as in the API
 * for callers without the personalData grant.
 */
export async function exportParticipants(session: RequestSession, filter: ParticipantFilter, sink: TableSink): Promise<void> {
  const people = () => session.rows(Participant, 'p');
  // A page's ids from the participant table alone, then its rows with their joins: joined in one statement,
  // MariaDB read a big province from its communes and sorted every one of its people for each page (a
  // million-person province ran into the statement timeout before the first page; docs/SCALING.md).
  const ids = () => applyParticipantFilter(people(), 'p', filter, session).select('p.id', 'id');
  const rowsOf = (pageIds: number[]) =>
    selectAs(
      people()
        .innerJoin(Commune, 'c', 'c.id = p.communeId')
        .leftJoin(Village, 'v', 'v.id = p.villageId')
        .leftJoin(EthnicGroup, 'e', 'e.code = p.ethnicGroupCode')
        .andWhere('p.id IN (:...pageIds)', { pageIds }),
      {
        id: 'p.id',
        fullName: 'p.fullName',
        gender: 'p.gender',
        birthYear: 'p.birthYear',
        ethnicName: 'e.name',
        category: 'p.category',
        position: 'p.position',
        communeCode: 'c.code',
        communeName: 'c.name',
        villageName: 'v.name',
        phone: 'p.phone',
        idNumber: 'p.idNumber',
      },
    )
      .orderBy('p.id', 'ASC')
      .getRawMany<Raw>();
  const personal = session.scope.seesPersonalData ? (value: string | null) => value : maskPersonalData;
  await sink.table(
    'Người tham gia',
    PARTICIPANT_COLUMNS.map((c) => c.header),
  );
  for await (const page of keysetPages<{ id: number }>(ids, 'p.id')) {
    for (const p of await rowsOf(page.map((row) => Number(row.id)))) {
      await sink.row([
        p.fullName,
        p.gender === Gender.FEMALE ? 'Nữ' : 'Nam',
        Number(p.birthYear),
        p.ethnicName,
        CATEGORY_LABELS[p.category],
        p.position,
        p.communeCode,
        p.communeName,
        p.villageName,
        personal(p.phone),
        personal(p.idNumber),
      ]);
    }
  }
}
