import type { RequestSession } from '../../../session/request-session';
import { Commune } from '../../../domain/geography/commune.entity';
import { Village } from '../../../domain/geography/village.entity';
import { EthnicGroup } from '../../../domain/reference/ethnic-group.entity';
import { headingKey } from './columns';
import { fail, type Parsed } from './value-parsers';

/**
 * The communes, villages and ethnic groups rows may name, loaded once per import. Communes and
 * villages come through the session narrowed to the target district: a commune of another district is
 * simply not here, so a row naming it reads "not found" exactly like a commune that does not exist.
 */
export class Places {
  private constructor(
    private readonly communesByCode: Map<string, Commune>,
    private readonly communesByName: Map<string, Commune[]>,
    private readonly villagesByName: Map<string, Village[]>,
    private readonly groupsByKey: Map<string, EthnicGroup[]>,
  ) {}

  /** `target`: the caller's session narrowed to the import's district. */
  static async load(target: RequestSession): Promise<Places> {
    const communes = await target.rows(Commune, 'c').getMany();
    const villages = await target.rows(Village, 'v').getMany();
    const groups = await target.rows(EthnicGroup, 'g').getMany();
    const groupsByKey = new Map<string, EthnicGroup[]>();
    for (const group of groups) {
      const keys = new Set([
        group.code,
        String(Number(group.code)),
        headingKey(group.name),
        ...(group.nameAlt ? [headingKey(group.nameAlt)] : []),
        ...(SPOKEN_NAMES[group.code] ?? []),
      ]);
      for (const key of keys) groupsByKey.set(key, [...(groupsByKey.get(key) ?? []), group]);
    }
    return new Places(
      new Map(communes.map((c) => [c.code, c])),
      groupBy(communes, (c) => headingKey(c.name)),
      groupBy(villages, (v) => villageKey(v.communeId, v.name)),
      groupsByKey,
    );
  }

  /** By GSO code, by name (diacritics ignored), or both when they agree. */
  commune(code: string, name: string): Parsed<Commune> {
    if (code) {
      const commune = this.communesByCode.get(code) ?? this.communesByCode.get(code.padStart(5, '0'));
      if (!commune) return fail('import.communeCodeNotFound', { code });
      if (name && headingKey(name) !== headingKey(commune.name))
        return fail('import.communeCodeNameDiffer', { code: commune.code, name: commune.name, given: name });
      return usable(commune);
    }
    const found = this.communesByName.get(headingKey(name)) ?? [];
    if (found.length === 0) return fail('import.communeNameNotFound', { name });
    if (found.length > 1)
      return fail('import.communeNameAmbiguous', { name, count: found.length, communes: found.map((c) => `${c.name} ${c.code}`).join(', ') });
    return usable(found[0]);
  }

  village(communeId: number, communeName: string, name: string): Parsed<Village> {
    const found = this.villagesByName.get(villageKey(communeId, name)) ?? [];
    if (found.length === 0) return fail('import.villageNotFound', { name, commune: communeName });
    if (found.length > 1)
      return fail('import.villageAmbiguous', { name, count: found.length, commune: communeName, villages: found.map((v) => v.name).join(', ') });
    return { ok: true, value: found[0] };
  }

  /** The district's villages of a commune with this name, diacritics and case ignored. */
  villagesNamed(communeId: number, name: string): Village[] {
    return this.villagesByName.get(villageKey(communeId, name)) ?? [];
  }

  ethnicGroup(text: string): Parsed<EthnicGroup> {
    const found = this.groupsByKey.get(/^\d{1,2}$/.test(text) ? text.padStart(2, '0') : headingKey(text)) ?? [];
    if (found.length === 1) return { ok: true, value: found[0] };
    if (found.length > 1) return fail('import.ethnicGroupAmbiguous', { name: text, groups: found.map((g) => `${g.name} (${g.code})`).join(', ') });
    return fail('import.ethnicGroupNotFound');
  }
}

/** Names district lists commonly use that differ from the official list's spelling (Hmông is written "Mông"). */
const SPOKEN_NAMES: Record<string, string[]> = { '08': ['mong'] };

export function villageKey(communeId: number, name: string): string {
  return `${communeId}|${headingKey(name)}`;
}

function usable(commune: Commune): Parsed<Commune> {
  return commune.retiredAt ? fail('import.communeRetired', { name: commune.name }) : { ok: true, value: commune };
}

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) map.set(key(row), [...(map.get(key(row)) ?? []), row]);
  return map;
}
