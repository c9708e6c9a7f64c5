import type { DataSource } from 'typeorm';
import type { Scope } from '../../../tenancy/scope';
import { Commune } from '../../geography/commune.entity';
import { Village } from '../../geography/village.entity';
import { EthnicGroup } from '../../reference/ethnic-group.entity';
import { headingKey } from './columns';
import type { Parsed } from './value-parsers';

/**
 * The communes, villages and ethnic groups rows may name, loaded once per import. Communes and
 * villages come through the scope and only for the target district: a commune of another district is
 * simply not here, so a row naming it reads "not found" exactly like a commune that does not exist.
 */
export class Places {
  private constructor(
    private readonly communesByCode: Map<string, Commune>,
    private readonly communesByName: Map<string, Commune[]>,
    private readonly villagesByName: Map<string, Village[]>,
    private readonly groupsByKey: Map<string, EthnicGroup[]>,
  ) {}

  static async load(db: DataSource, scope: Scope, districtId: number): Promise<Places> {
    const communes = await scope
      .inDistricts(db.getRepository(Commune).createQueryBuilder('c').where('c.districtId = :districtId', { districtId }), 'c')
      .getMany();
    const villages = await scope
      .inDistricts(db.getRepository(Village).createQueryBuilder('v').where('v.districtId = :districtId', { districtId }), 'v')
      .getMany();
    const groups = await db.getRepository(EthnicGroup).find();
    const groupsByKey = new Map<string, EthnicGroup[]>();
    for (const group of groups) {
      const keys = new Set([group.code, String(Number(group.code)), headingKey(group.name), ...(group.nameAlt ? [headingKey(group.nameAlt)] : []), ...(SPOKEN_NAMES[group.code] ?? [])]);
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
      if (!commune) return { ok: false, message: `Commune not found: there is no commune with code ${code} in this district` };
      if (name && headingKey(name) !== headingKey(commune.name)) {
        return { ok: false, message: `Mã xã ${commune.code} is ${commune.name}, not "${name}"` };
      }
      return usable(commune);
    }
    const found = this.communesByName.get(headingKey(name)) ?? [];
    if (found.length === 0) return { ok: false, message: `Commune not found: there is no commune named "${name}" in this district` };
    if (found.length > 1) {
      return { ok: false, message: `"${name}" names ${found.length} communes (${found.map((c) => `${c.name} ${c.code}`).join(', ')}); give its code in "Mã xã"` };
    }
    return usable(found[0]);
  }

  village(communeId: number, communeName: string, name: string): Parsed<Village> {
    const found = this.villagesByName.get(villageKey(communeId, name)) ?? [];
    if (found.length === 0) return { ok: false, message: `Village not found: "${name}" is not a village of ${communeName} (import the villages first)` };
    if (found.length > 1) return { ok: false, message: `"${name}" matches ${found.length} villages of ${communeName} (${found.map((v) => v.name).join(', ')}); write the exact name` };
    return { ok: true, value: found[0] };
  }

  /** The district's villages of a commune with this name, diacritics and case ignored. */
  villagesNamed(communeId: number, name: string): Village[] {
    return this.villagesByName.get(villageKey(communeId, name)) ?? [];
  }

  ethnicGroup(text: string): Parsed<EthnicGroup> {
    const found = this.groupsByKey.get(/^\d{1,2}$/.test(text) ? text.padStart(2, '0') : headingKey(text)) ?? [];
    if (found.length === 1) return { ok: true, value: found[0] };
    if (found.length > 1) return { ok: false, message: `"${text}" matches ${found.map((g) => `${g.name} (${g.code})`).join(', ')}; give the two-digit code` };
    return { ok: false, message: 'Dân tộc must be one of the 54 ethnic groups, by name ("Tày") or two-digit code ("02")' };
  }
}

/** Names district lists commonly use that differ from the official list's spelling (Hmông is written "Mông"). */
const SPOKEN_NAMES: Record<string, string[]> = { '08': ['mong'] };

export function villageKey(communeId: number, name: string): string {
  return `${communeId}|${headingKey(name)}`;
}

function usable(commune: Commune): Parsed<Commune> {
  return commune.retiredAt ? { ok: false, message: `${commune.name} was merged or dissolved; use its successor commune` } : { ok: true, value: commune };
}

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) map.set(key(row), [...(map.get(key(row)) ?? []), row]);
  return map;
}
