import mysql from 'mysql2/promise';
import { SeededRandom } from '../random';
import { foldForSearch } from '../../server/src/shared/text';
import { hashPassword } from '../../server/src/auth/passwords';
import { BulkInserter } from './bulk-insert';
import { deferIndexes } from './deferred-indexes';
import { PARTICIPANT_COLUMNS, personMaker } from './generate-scale';
import { BIG_PROVINCE_ADMIN, BIG_PROVINCE_CODE, SCALE_PASSWORD } from './sizes';

/** People per district of the big province, and its communes and villages per district: ordinary shapes, just more of them. */
const PEOPLE_PER_DISTRICT = 50_000;
const COMMUNES_PER_DISTRICT = 10;
const VILLAGES_PER_COMMUNE = 5;

export interface BigProvinceLoad {
  provinceId: number;
  districts: number;
  participants: number;
  seconds: number;
}

export const bigProvinceSummary = (big: BigProvinceLoad): string =>
  `big province ${big.provinceId}: ${big.participants.toLocaleString('en')} people in ${big.districts} districts, ${big.seconds.toFixed(1)} s; ` +
  `sign in as ${BIG_PROVINCE_ADMIN}`;

/**
 * Adds one province of `people` participants (code BIG_PROVINCE_CODE, admin BIG_PROVINCE_ADMIN) to a scale
 * database, after what is there: every id continues from the table's largest, so it works on the national
 * data set as well as on a small one. The export benchmark's 1,000,000-row case (issue 17). No activities:
 * the export reads people only. Refuses a database that already has it.
 */
export async function addBigProvince(
  url: string,
  people: number,
  seed: number,
  batch: number,
  log: (line: string) => void = () => undefined,
): Promise<BigProvinceLoad> {
  const started = performance.now();
  const random = new SeededRandom(seed + 1);
  const connection = await mysql.createConnection({ uri: url, charset: 'utf8mb4_unicode_ci' });
  try {
    const next = async (table: string) => {
      const [rows] = await connection.query<mysql.RowDataPacket[]>(`SELECT COALESCE(MAX(id), 0) + 1 AS id FROM \`${table}\``);
      return Number(rows[0].id);
    };
    const [existing] = await connection.query<mysql.RowDataPacket[]>('SELECT id FROM province WHERE code = ?', [BIG_PROVINCE_CODE]);
    if (existing.length > 0) throw new Error(`The database already has the big province (id ${existing[0].id})`);
    await connection.query('SET foreign_key_checks = 0, unique_checks = 0');
    const provinceId = await next('province');
    const firstDistrict = await next('district');
    const firstCommune = await next('commune');
    const firstVillage = await next('village');
    const firstPerson = await next('participant');
    const districts = Math.max(1, Math.ceil(people / PEOPLE_PER_DISTRICT));
    const communes = districts * COMMUNES_PER_DISTRICT;
    const insert = (table: string, columns: string[]) => new BulkInserter(connection, table, columns, batch);

    const rows = insert('province', ['id', 'version', 'code', 'name']);
    await rows.add([provinceId, 1, BIG_PROVINCE_CODE, 'Tỉnh lớn']);
    await rows.finish();
    const district = insert('district', ['id', 'version', 'code', 'name', 'type', 'provinceId']);
    for (let d = firstDistrict; d < firstDistrict + districts; d++) {
      await district.add([d, 1, String(d).padStart(3, '0'), `Huyện ${d}`, 'RURAL_DISTRICT', provinceId]);
    }
    await district.finish();
    const commune = insert('commune', ['id', 'version', 'code', 'name', 'searchName', 'type', 'districtId', 'p135Status', 'demo']);
    const village = insert('village', [
      'id',
      'version',
      'name',
      'searchName',
      'communeId',
      'districtId',
      'especiallyDifficult',
      'households',
      'poorHouseholds',
      'demo',
    ]);
    const firstVillageOf = (c: number) => firstVillage + (c - firstCommune) * VILLAGES_PER_COMMUNE;
    const districtOf = (c: number) => firstDistrict + Math.floor((c - firstCommune) / COMMUNES_PER_DISTRICT);
    for (let c = firstCommune; c < firstCommune + communes; c++) {
      await commune.add([c, 1, String(c).padStart(5, '0'), `Xã ${c}`, foldForSearch(`Xã ${c}`), 'COMMUNE', districtOf(c), 'ESPECIALLY_DIFFICULT', 1]);
      for (let i = 0; i < VILLAGES_PER_COMMUNE; i++) {
        const households = random.int(40, 300);
        await village.add([firstVillageOf(c) + i, 1, `Thôn ${i + 1}`, `thon ${i + 1}`, c, districtOf(c), 0, households, Math.floor(households / 4), 1]);
      }
    }
    await commune.finish();
    await village.finish();

    // As the national load does: secondary indexes rebuilt once after, not kept in step row by row. The
    // insert trigger still fills participant_name_token for each person (measured in docs/SCALING.md).
    const t = performance.now();
    const rebuild = await deferIndexes(connection, 'participant');
    const person = personMaker(random);
    const participant = insert('participant', PARTICIPANT_COLUMNS);
    for (let k = 0; k < people; k++) {
      const c = firstCommune + (k % communes);
      await participant.add(person(firstPerson + k, c, districtOf(c), firstVillageOf(c), VILLAGES_PER_COMMUNE));
      if ((k + 1) % 100_000 === 0) log(`participant: ${(k + 1).toLocaleString('en')} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    }
    const loaded = await participant.finish();
    const rebuilding = performance.now();
    await rebuild();
    const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);
    log(`participant: ${loaded.toLocaleString('en')} rows in ${seconds(t)} s, indexes rebuilt in ${seconds(rebuilding)} s`);

    const user = insert('app_user', ['id', 'version', 'username', 'displayName', 'passwordHash', 'role', 'provinceId', 'districtId', 'demo']);
    const hash = await hashPassword(SCALE_PASSWORD);
    await user.add([await next('app_user'), 1, BIG_PROVINCE_ADMIN, 'Quản trị tỉnh lớn', hash, 'PROVINCE_ADMIN', provinceId, null, 0]);
    await user.finish();
    await connection.query('SET foreign_key_checks = 1, unique_checks = 1');
    for (const table of ['province', 'district', 'commune', 'village', 'participant', 'participant_name_token']) {
      await connection.query(`ANALYZE TABLE \`${table}\``);
    }
    return { provinceId, districts, participants: loaded, seconds: (performance.now() - started) / 1000 };
  } finally {
    await connection.end();
  }
}
