import mysql from 'mysql2/promise';
import { SeededRandom } from '../random';
import { personName } from '../demo-names';
import ethnicGroups from '../reference/ethnic-groups.json';
import { foldForSearch } from '../../server/src/shared/text';
import { hashPassword } from '../../server/src/auth/passwords';
import { Gender } from '../../server/src/domain/participants/participant.entity';
import { BulkInserter } from './bulk-insert';
import { deferIndexes } from './deferred-indexes';
import { SCALE_PASSWORD, provinceAdminName, type ScaleSizes } from './sizes';

export interface ScaleLoad {
  rows: Record<string, number>;
  seconds: number;
  /** The benchmark's large province (id 1) and its admin account. */
  largeProvinceId: number;
  adminUsername: string;
  password: string;
  lastYear: number;
}

const CATEGORIES = ['RESIDENT', 'RESIDENT', 'RESIDENT', 'VILLAGE_OFFICIAL', 'COMMUNE_OFFICIAL', 'PRESTIGIOUS_PERSON', 'MONITORING_BOARD_MEMBER'] as const;
const ETHNIC = ['01', '02', '02', '07', '08', '09', '09', '15', '18'] as const;
const TABLES = [
  'province',
  'district',
  'commune',
  'village',
  'monitoring_board',
  'participant',
  'provider',
  'activity',
  'attendance',
  'funding',
  'district_allocation',
  'app_user',
];

/**
 * Splits `total` over `parents` (≥ 1 each when there is enough), roughly in proportion to `weights`
 * with some jitter, so that districts and communes are not all the same size. Exact: the parts sum to total.
 */
function spread(total: number, weights: readonly number[], random: SeededRandom): number[] {
  const n = weights.length;
  const base = total >= n ? 1 : 0;
  const jittered = weights.map((w) => w * (0.6 + 0.8 * random.next()));
  const sum = jittered.reduce((a, b) => a + b, 0);
  const rest = total - base * n;
  const parts = jittered.map((w) => base + Math.floor((rest * w) / sum));
  let left = total - parts.reduce((a, b) => a + b, 0);
  for (let i = 0; left > 0; i = (i + 1) % n, left--) parts[i]++;
  return parts;
}

/** `k` distinct integers of [lo, hi). */
function distinctIn(lo: number, hi: number, k: number, random: SeededRandom): number[] {
  const size = hi - lo;
  if (k >= size) return Array.from({ length: size }, (_, i) => lo + i);
  if (k * 3 < size) {
    const chosen = new Set<number>();
    while (chosen.size < k) chosen.add(lo + Math.floor(random.next() * size));
    return [...chosen];
  }
  const pool = Array.from({ length: size }, (_, i) => lo + i);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random.next() * (size - i));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, k);
}

export const PARTICIPANT_COLUMNS = [
  'id',
  'version',
  'fullName',
  'searchName',
  'gender',
  'birthYear',
  'ethnicGroupCode',
  'category',
  'position',
  'communeId',
  'villageId',
  'districtId',
  'phone',
  'idNumber',
  'demo',
];

/**
 * The row of one generated person (PARTICIPANT_COLUMNS) in commune `communeId`, nine in ten in one of its
 * villages (ids villageStart … villageStart + villages − 1). The ID number is made from the id, so it is unique.
 */
export function personMaker(random: SeededRandom) {
  const folded = new Map<string, string>();
  return (id: number, communeId: number, districtId: number, villageStart: number, villages: number): (string | number | null)[] => {
    const ethnic = random.pick(ETHNIC);
    const gender = random.chance(0.5) ? Gender.FEMALE : Gender.MALE;
    const fullName = personName(random, ethnic, gender);
    let search = folded.get(fullName);
    if (search === undefined) folded.set(fullName, (search = foldForSearch(fullName)));
    const villageId = villages > 0 && random.chance(0.9) ? villageStart + Math.floor(random.next() * villages) : null;
    return [
      id,
      1,
      fullName,
      search,
      gender,
      random.int(1950, 2004),
      ethnic,
      random.pick(CATEGORIES),
      null,
      communeId,
      villageId,
      districtId,
      `09${String(random.int(0, 99_999_999)).padStart(8, '0')}`,
      `0${String(id).padStart(11, '0')}`,
      1,
    ];
  };
}

const costCommitted = (status: string, planned: number, actual: number | null) => (status === 'COMPLETED' ? (actual ?? 0) : status === 'PLANNED' ? planned : 0);
const date = (year: number, month: number, day: number) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/**
 * Fills an empty, migrated MySQL/MariaDB database with a national-scale data set that keeps every rule
 * of the schema and the money rules (docs/DOMAIN.md): child rows carry their parent's district, district activities are
 * attended by their own district's people, province-level ones by any district of the province, a
 * district's committed cost fits its allocation and study tours fit 10 % of the central amount.
 * Ids are assigned here (1, 2, …), so no row needs reading back. Deterministic for a given seed.
 */
export async function generateScaleData(url: string, sizes: ScaleSizes, log: (line: string) => void = () => undefined): Promise<ScaleLoad> {
  const started = performance.now();
  const random = new SeededRandom(sizes.seed);
  const connection = await mysql.createConnection({ uri: url, charset: 'utf8mb4_unicode_ci' });
  const rows: Record<string, number> = {};
  const inserter = (table: string, columns: string[]) => new BulkInserter(connection, table, columns, sizes.batch);
  const bigTables = new Set(['participant', 'attendance']);
  const step = async (table: string, fill: (into: BulkInserter) => Promise<void>, columns: string[]) => {
    const t = performance.now();
    const rebuild = sizes.deferIndexes && bigTables.has(table) ? await deferIndexes(connection, table) : null;
    const into = inserter(table, columns);
    await fill(into);
    rows[table] = await into.finish();
    const loaded = performance.now();
    if (rebuild) await rebuild();
    const rebuilt = rebuild ? `, indexes rebuilt in ${((performance.now() - loaded) / 1000).toFixed(1)} s` : '';
    log(`${table}: ${rows[table].toLocaleString('en')} rows in ${((performance.now() - t) / 1000).toFixed(1)} s${rebuilt}`);
  };

  try {
    // This connection only: the generated keys are consistent by construction, so the per-row checks are skipped.
    await connection.query('SET foreign_key_checks = 0, unique_checks = 0');
    const existing = await connection.query<mysql.RowDataPacket[]>('SELECT COUNT(*) AS n FROM ethnic_group');
    if (Number(existing[0][0].n) === 0) {
      await connection.query('INSERT INTO ethnic_group (code, name, nameAlt) VALUES ?', [
        ethnicGroups.groups.map((g) => [g.code, g.name, 'nameAlt' in g ? (g.nameAlt as string) : null]),
      ]);
    }
    const years = Array.from({ length: sizes.years }, (_, i) => sizes.firstYear + i);
    const lastYear = years[years.length - 1];

    // ---- geography ------------------------------------------------------------------------
    const districtsPerProvince = spread(
      sizes.districts,
      Array.from({ length: sizes.provinces }, (_, i) => (i === 0 ? sizes.largeProvinceWeight : 1)),
      random,
    );
    const districtProvince: number[] = []; // index: district id − 1
    districtsPerProvince.forEach((n, p) => {
      for (let i = 0; i < n; i++) districtProvince.push(p + 1);
    });
    await step(
      'province',
      async (into) => {
        for (let p = 1; p <= sizes.provinces; p++) await into.add([p, 1, String(p).padStart(2, '0'), `Tỉnh ${p}`]);
      },
      ['id', 'version', 'code', 'name'],
    );
    await step(
      'district',
      async (into) => {
        for (let d = 1; d <= sizes.districts; d++)
          await into.add([d, 1, String(d).padStart(3, '0'), `Huyện ${d}`, d % 9 === 0 ? 'TOWN' : 'RURAL_DISTRICT', districtProvince[d - 1]]);
      },
      ['id', 'version', 'code', 'name', 'type', 'provinceId'],
    );

    const communesPerDistrict = spread(
      sizes.communes,
      districtsPerProvince.flatMap((n) => Array<number>(n).fill(1)),
      random,
    );
    const communeDistrict: number[] = [];
    communesPerDistrict.forEach((n, d) => {
      for (let i = 0; i < n; i++) communeDistrict.push(d + 1);
    });
    await step(
      'commune',
      async (into) => {
        for (let c = 1; c <= sizes.communes; c++) {
          const name = `Xã ${c}`;
          const status = random.chance(0.45) ? 'ESPECIALLY_DIFFICULT' : random.chance(0.1) ? 'SAFE_ZONE' : 'NONE';
          await into.add([c, 1, String(c).padStart(5, '0'), name, foldForSearch(name), 'COMMUNE', communeDistrict[c - 1], status, 1]);
        }
      },
      ['id', 'version', 'code', 'name', 'searchName', 'type', 'districtId', 'p135Status', 'demo'],
    );

    const villagesPerCommune = spread(
      sizes.villages,
      communeDistrict.map(() => 1),
      random,
    );
    const villageStart: number[] = []; // first village id of each commune; its villages are contiguous
    await step(
      'village',
      async (into) => {
        let id = 1;
        for (let c = 1; c <= sizes.communes; c++) {
          villageStart.push(id);
          for (let i = 1; i <= villagesPerCommune[c - 1]; i++, id++) {
            const households = random.int(40, 300);
            await into.add([
              id,
              1,
              `Thôn ${i}`,
              `thon ${i}`,
              c,
              communeDistrict[c - 1],
              random.chance(0.4),
              households,
              Math.floor(households * random.next() * 0.6),
              1,
            ]);
          }
        }
      },
      ['id', 'version', 'name', 'searchName', 'communeId', 'districtId', 'especiallyDifficult', 'households', 'poorHouseholds', 'demo'],
    );

    await step(
      'monitoring_board',
      async (into) => {
        let id = 1;
        for (let c = 1; c <= sizes.communes; c++) {
          if (random.chance(0.7))
            await into.add([
              id++,
              1,
              c,
              communeDistrict[c - 1],
              date(random.int(2016, 2022), random.int(1, 12), random.int(1, 28)),
              `${random.int(1, 300)}/QĐ-UBND`,
              1,
            ]);
        }
      },
      ['id', 'version', 'communeId', 'districtId', 'establishedOn', 'decisionRef', 'demo'],
    );

    // ---- people: contiguous ids per commune, so per district and per province too ---------------
    const participantsPerCommune = spread(
      sizes.participants,
      communeDistrict.map(() => 1),
      random,
    );
    const participantDistrict = new Int32Array(sizes.participants + 1);
    const districtPeople: [number, number][] = Array.from({ length: sizes.districts }, () => [0, 0]); // [first id, end id)
    const person = personMaker(random);
    await step(
      'participant',
      async (into) => {
        let id = 1;
        for (let c = 1; c <= sizes.communes; c++) {
          const d = communeDistrict[c - 1];
          if (districtPeople[d - 1][0] === 0) districtPeople[d - 1][0] = id;
          const villages = villagesPerCommune[c - 1];
          for (let i = 0; i < participantsPerCommune[c - 1]; i++, id++) {
            participantDistrict[id] = d;
            await into.add(person(id, c, d, villageStart[c - 1], villages));
          }
          districtPeople[d - 1][1] = id;
        }
      },
      PARTICIPANT_COLUMNS,
    );

    const provincePeople: [number, number][] = Array.from({ length: sizes.provinces }, () => [Infinity, 0]);
    districtPeople.forEach(([first, end], d) => {
      const p = provincePeople[districtProvince[d] - 1];
      if (end > first) {
        p[0] = Math.min(p[0], first);
        p[1] = Math.max(p[1], end);
      }
    });

    await step(
      'provider',
      async (into) => {
        for (let p = 1; p <= sizes.provinces; p++) {
          for (let k = 0; k < 3; k++) await into.add([(p - 1) * 3 + k + 1, 1, `Trung tâm ${p}-${k + 1}`, k === 0 ? 'DEPARTMENT' : 'TRAINING_CENTRE', p, 1]);
        }
      },
      ['id', 'version', 'name', 'kind', 'provinceId', 'demo'],
    );

    // ---- activities: a tenth province-level; per district in proportion to its people -------------
    const provinceLevelCount = Math.round(sizes.activities * 0.1);
    const perDistrict = spread(
      sizes.activities - provinceLevelCount,
      districtPeople.map(([a, b]) => Math.max(1, b - a)),
      random,
    );
    const perProvince = spread(
      provinceLevelCount,
      provincePeople.map(([a, b]) => Math.max(1, b - a)),
      random,
    );
    interface Planned {
      id: number;
      provinceId: number;
      districtId: number | null;
      year: number;
      kind: string;
      status: string;
      planned: number;
      actual: number | null;
    }
    const activities: Planned[] = [];
    const plan = (provinceId: number, districtId: number | null) => {
      const year = random.pick(years);
      const kind = random.chance(0.1) ? 'EXCHANGE' : 'TRAINING';
      const roll = random.next();
      const status = year < lastYear ? (roll < 0.92 ? 'COMPLETED' : 'CANCELLED') : roll < 0.6 ? 'COMPLETED' : roll < 0.95 ? 'PLANNED' : 'CANCELLED';
      const planned = (kind === 'EXCHANGE' ? random.int(50, 150) : random.int(20, 80)) * 1_000_000;
      const actual = status === 'COMPLETED' ? Math.round((planned * random.int(80, 100)) / 100_000) * 1000 : null;
      activities.push({ id: activities.length + 1, provinceId, districtId, year, kind, status, planned, actual });
    };
    perDistrict.forEach((n, d) => {
      for (let i = 0; i < n; i++) plan(districtProvince[d], d + 1);
    });
    perProvince.forEach((n, p) => {
      for (let i = 0; i < n; i++) plan(p + 1, null);
    });
    await step(
      'activity',
      async (into) => {
        for (const a of activities) {
          const month = random.int(1, 11);
          const day = random.int(1, 25);
          const title = `${a.kind === 'EXCHANGE' ? 'Tham quan học tập' : 'Tập huấn nâng cao năng lực'} số ${a.id}`;
          await into.add([
            a.id,
            1,
            a.kind,
            a.kind === 'EXCHANGE' && random.chance(0.5) ? 'OUT_OF_PROVINCE' : 'IN_PROVINCE',
            title,
            foldForSearch(title),
            date(a.year, month, day),
            date(a.year, month, day + random.int(0, 3)),
            (a.provinceId - 1) * 3 + random.int(1, 3),
            a.year,
            a.planned,
            a.actual,
            a.status,
            a.districtId,
            a.provinceId,
            1,
          ]);
        }
      },
      [
        'id',
        'version',
        'kind',
        'scope',
        'title',
        'searchTitle',
        'startDate',
        'endDate',
        'providerId',
        'fiscalYear',
        'plannedCost',
        'actualCost',
        'status',
        'districtId',
        'provinceId',
        'demo',
      ],
    );

    // ---- attendance: district activities draw from their district, province ones from the province ---
    const seats = spread(
      sizes.attendance,
      activities.map(() => 1),
      random,
    );
    await step(
      'attendance',
      async (into) => {
        let id = 1;
        for (const a of activities) {
          const [lo, hi] = a.districtId === null ? provincePeople[a.provinceId - 1] : districtPeople[a.districtId - 1];
          for (const participantId of distinctIn(lo, hi, seats[a.id - 1], random)) {
            const attended = a.status === 'COMPLETED' ? random.chance(0.9) : false;
            await into.add([id++, 1, a.id, participantId, participantDistrict[participantId], attended, attended && random.chance(0.85)]);
          }
        }
      },
      ['id', 'version', 'activityId', 'participantId', 'districtId', 'attended', 'completed'],
    );

    // ---- money: envelopes cover what each district committed; central covers them and the cap -------
    const key = (p: number | null, y: number) => `${p}:${y}`;
    const committedByDistrict = new Map<string, number>();
    const provinceLevelCommitted = new Map<string, number>();
    const exchangeCommitted = new Map<string, number>();
    for (const a of activities) {
      const committed = costCommitted(a.status, a.planned, a.actual);
      if (a.districtId === null)
        provinceLevelCommitted.set(key(a.provinceId, a.year), (provinceLevelCommitted.get(key(a.provinceId, a.year)) ?? 0) + committed);
      else committedByDistrict.set(key(a.districtId, a.year), (committedByDistrict.get(key(a.districtId, a.year)) ?? 0) + committed);
      if (a.kind === 'EXCHANGE') exchangeCommitted.set(key(a.provinceId, a.year), (exchangeCommitted.get(key(a.provinceId, a.year)) ?? 0) + committed);
    }
    const million = (n: number) => Math.ceil(n / 1_000_000) * 1_000_000;
    const funding = inserter('funding', ['id', 'version', 'provinceId', 'fiscalYear', 'centralAmount', 'exchangeCapPercent', 'decisionRef', 'demo']);
    const allocations = inserter('district_allocation', ['id', 'version', 'fundingId', 'provinceId', 'districtId', 'fiscalYear', 'amount']);
    let fundingId = 0;
    let allocationId = 0;
    for (let p = 1; p <= sizes.provinces; p++) {
      const districts = districtProvince.flatMap((province, i) => (province === p ? [i + 1] : []));
      for (const year of years) {
        fundingId++;
        const amounts = districts.map((d) => million((committedByDistrict.get(key(d, year)) ?? 0) * 1.1));
        const needed = amounts.reduce((a, b) => a + b, 0) + (provinceLevelCommitted.get(key(p, year)) ?? 0);
        // exchange committed ≤ 10 % × central
        const central = million(Math.max(needed * 1.05, (exchangeCommitted.get(key(p, year)) ?? 0) * 10 * 1.05));
        await funding.add([fundingId, 1, p, year, central, 10, `${100 + p}/QĐ-TTg`, 1]);
        for (const [i, d] of districts.entries()) await allocations.add([++allocationId, 1, fundingId, p, d, year, amounts[i]]);
      }
    }
    rows.funding = await funding.finish();
    rows.district_allocation = await allocations.finish();

    const hash = await hashPassword(SCALE_PASSWORD);
    const users = inserter('app_user', ['id', 'version', 'username', 'displayName', 'passwordHash', 'role', 'provinceId', 'districtId', 'demo']);
    for (let p = 1; p <= sizes.provinces; p++) await users.add([p, 1, provinceAdminName(p), `Quản trị tỉnh ${p}`, hash, 'PROVINCE_ADMIN', p, null, 0]);
    rows.app_user = await users.finish();

    await connection.query('SET foreign_key_checks = 1, unique_checks = 1');
    for (const table of TABLES) await connection.query(`ANALYZE TABLE \`${table}\``);
    return { rows, seconds: (performance.now() - started) / 1000, largeProvinceId: 1, adminUsername: provinceAdminName(1), password: SCALE_PASSWORD, lastYear };
  } finally {
    await connection.end();
  }
}
