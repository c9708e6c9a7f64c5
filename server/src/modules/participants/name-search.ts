import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { RequestSession } from '../../session/request-session';
import { Participant } from '../../domain/participants/participant.entity';
import { escapeLike, foldForSearch } from '../../shared/text';

/** More words than this add nothing a person types; the rest are ignored, which keeps the statement small. */
export const MAX_SEARCH_WORDS = 4;

/**
 * The words of a name search: folded like `searchName` and split where the name-token table splits it
 * (single spaces), repeats dropped. Longest first: the longest word usually narrows most, and it leads
 * the join (the database may still reorder it by its own estimates).
 */
export function searchWords(search: string): string[] {
  const words = [
    ...new Set(
      foldForSearch(search)
        .split(' ')
        .filter((word) => word !== ''),
    ),
  ];
  return words.sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).slice(0, MAX_SEARCH_WORDS);
}

/**
 * The column a name search's page is ordered by: the matched ids, equal to `p.id`. Ordered by `p.id`
 * itself, MariaDB chose to walk the primary key from the first id for a late province (1 s for "thi lan"
 * in province 63); ordered by the matches, it reads them first and looks each one up (~20 ms).
 */
export const NAME_HITS_ID = 'name_hits.id';

/**
 * Keeps the participants whose name has, for every word of the search, a word starting with it — in any
 * order, diacritics ignored ("thi dao" finds "Đào Thị", "ngu" finds "Nguyễn"). The matches come from
 * `participant_name_token` (kept by triggers, migration ParticipantNameTokens): an index range per word
 * inside the caller's districts, so a miss costs an index probe and a hit its matching entries, never a
 * walk over the district's people. Joined as `name_hits` (one row per person: a person two of whose words
 * start with the same search word is found once).
 */
export function joinNameMatches<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string, session: RequestSession, words: readonly string[]): void {
  // A token row carries its participant's district: the participants the caller reaches.
  const { condition, parameters } = session.reachPredicate(Participant, 't0');
  const joins = words
    .slice(1)
    .map(
      (_, i) =>
        `INNER JOIN participant_name_token t${i + 1} ON t${i + 1}.participantId = t0.participantId AND t${i + 1}.token LIKE :nameWord${i + 1} ESCAPE '!'`,
    )
    .join(' ');
  const wordParameters = Object.fromEntries(words.map((word, i) => [`nameWord${i}`, `${escapeLike(word)}%`]));
  qb.innerJoin(
    `(SELECT DISTINCT t0.participantId AS id FROM participant_name_token t0 ${joins} WHERE ${condition} AND t0.token LIKE :nameWord0 ESCAPE '!')`,
    'name_hits',
    `${NAME_HITS_ID} = ${alias}.id`,
    { ...parameters, ...wordParameters },
  );
}
