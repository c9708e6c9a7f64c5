/**
 * `npm run bench`: the participants import on MariaDB/MySQL. 100,000 generated people go through the
 * real import path (CSV stream → checks → duplicate look-ups → one transaction of multi-row INSERTs →
 * one audit entry) and, in the same run, the same rows through a bare multi-row INSERT with mysql2.
 * Each side starts from its own fresh, migrated database on the same server. Needs DATABASE_URL or
 * TEST_MYSQL_URL (a server URL; scratch databases are created and dropped). Target: import ≥ 0.5 × bare.
 * Each side runs BENCH_REPEAT (3) times, alternating; the best time of each counts.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import mysql from 'mysql2/promise';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../server/src/db/data-source';
import { seedReference } from '../seeds/reference-seed';
import { seedDemoAccounts } from '../seeds/demo-accounts';
import { createScratchMysqlDatabase } from '../test/helpers/mysql-scratch';
import { District } from '../server/src/domain/geography/district.entity';
import { Commune } from '../server/src/domain/geography/commune.entity';
import { Village } from '../server/src/domain/geography/village.entity';
import { User } from '../server/src/domain/accounts/user.entity';
import { Participant } from '../server/src/domain/participants/participant.entity';
import { Scope } from '../server/src/tenancy/scope';
import { RequestSession } from '../server/src/session/request-session';
import { runImport } from '../server/src/modules/transfer/import/import-runner';
import { UploadSpool } from '../server/src/modules/transfer/import/upload-spool';
import { DEFAULT_UPLOAD_TMP_DIR } from '../server/src/config';
import { participantsKind, PARTICIPANT_COLUMNS } from '../server/src/modules/transfer/kinds/participants';
import { foldForSearch } from '../server/src/shared/text';

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
/** Each side runs this many times, alternating, and its best time counts: the machine may be busy. */
const REPEAT = Number(process.env.BENCH_REPEAT ?? 3);
const BARE_BATCH = 500;
const TARGET = 0.5;

interface Person {
  fullName: string;
  gender: 'FEMALE' | 'MALE';
  birthYear: number;
  ethnicGroupCode: string;
  category: string;
  communeCode: string;
  communeName: string;
  communeId: number;
  village: { id: number; name: string } | null;
  phone: string;
  idNumber: string;
}

const FAMILY = ['Hoàng', 'Nông', 'Ma', 'Lý', 'Triệu', 'Bàn', 'Đặng', 'Nguyễn', 'Lò', 'Quan'];
const GIVEN = ['Thị Lan', 'Văn Sáng', 'Thị Mai', 'Văn Hùng', 'Thị Hoa', 'Văn Minh', 'Thị Hiền', 'Văn Tư'];
const GROUPS: [string, string][] = [
  ['01', 'Kinh'],
  ['02', 'Tày'],
  ['09', 'Dao'],
  ['08', 'Mông'],
  ['15', 'Sán Chay'],
];
const CATEGORIES: [string, string][] = [
  ['RESIDENT', 'Người dân'],
  ['VILLAGE_OFFICIAL', 'Cán bộ thôn, bản'],
  ['PRESTIGIOUS_PERSON', 'Người có uy tín'],
  ['COMMUNE_OFFICIAL', 'Cán bộ xã'],
];

async function freshDatabase(serverUrl: string): Promise<{ db: DataSource; url: string; drop: () => Promise<void> }> {
  const scratch = await createScratchMysqlDatabase(serverUrl);
  const db = createDataSource({ kind: 'mysql', url: scratch.url });
  await db.initialize();
  await db.runMigrations({ transaction: 'each' });
  await seedReference(db);
  await seedDemoAccounts(db, 'development');
  return {
    db,
    url: scratch.url,
    drop: async () => {
      await db.destroy();
      await scratch.drop();
    },
  };
}

/** Five villages in every commune of the district, then 100,000 people spread over them (a third with no village). */
async function generate(db: DataSource, district: District): Promise<Person[]> {
  const communes = await db.getRepository(Commune).find({ where: { districtId: district.id }, order: { code: 'ASC' } });
  const villages = new Map<number, Village[]>();
  for (const c of communes) {
    const rows = [1, 2, 3, 4, 5].map((n) => db.getRepository(Village).create({ name: `Thôn ${n}`, communeId: c.id, districtId: district.id }));
    villages.set(c.id, await db.getRepository(Village).save(rows));
  }
  const people: Person[] = [];
  for (let i = 0; i < ROWS; i++) {
    const commune = communes[i % communes.length];
    const village = i % 3 === 0 ? null : villages.get(commune.id)![i % 5];
    const [code] = GROUPS[i % GROUPS.length];
    people.push({
      fullName: `${FAMILY[i % FAMILY.length]} ${GIVEN[(i >> 3) % GIVEN.length]} ${i}`,
      gender: i % 2 ? 'MALE' : 'FEMALE',
      birthYear: 1950 + (i % 55),
      ethnicGroupCode: code,
      category: CATEGORIES[i % CATEGORIES.length][0],
      communeCode: commune.code,
      communeName: commune.name,
      communeId: commune.id,
      village: village && { id: village.id, name: village.name },
      phone: i % 4 === 0 ? `09${String(i).padStart(8, '0')}` : '',
      idNumber: String(8_000_000_000 + i).padStart(12, '0'),
    });
  }
  return people;
}

function toCsv(people: Person[]): Buffer {
  const lines = [PARTICIPANT_COLUMNS.map((c) => c.header).join(',')];
  for (const p of people) {
    const group = GROUPS.find(([code]) => code === p.ethnicGroupCode)![1];
    const category = CATEGORIES.find(([key]) => key === p.category)![1];
    lines.push(
      [
        p.fullName,
        p.gender === 'FEMALE' ? 'Nữ' : 'Nam',
        p.birthYear,
        group,
        `"${category}"`,
        '',
        p.communeCode,
        p.communeName,
        p.village?.name ?? '',
        p.phone,
        p.idNumber,
      ].join(','),
    );
  }
  return Buffer.from(`${lines.join('\r\n')}\r\n`);
}

/** The upload as the HTTP layer hands it over: 64 KiB chunks. */
async function* chunks(buffer: Buffer): AsyncGenerator<Buffer> {
  for (let i = 0; i < buffer.length; i += 65_536) yield buffer.subarray(i, i + 65_536);
}

async function timeImport(serverUrl: string, csv: Buffer, people: Person[]): Promise<number> {
  const { db, drop } = await freshDatabase(serverUrl);
  try {
    const district = await db.getRepository(District).findOneByOrFail({ code: '071' });
    await generate(db, district); // same villages (same ids) as the generated file refers to
    const user = await db.getRepository(User).findOneByOrFail({ username: 'huyen-071' });
    const scope = await Scope.forCaller(db, {
      kind: 'user',
      id: user.id,
      label: user.username,
      role: user.role,
      provinceId: user.provinceId,
      districtId: user.districtId,
    });
    const started = process.hrtime.bigint();
    const report = await runImport(
      new RequestSession(db, scope),
      {
        kind: participantsKind,
        mode: 'commit',
        duplicates: 'skip',
        districtId: district.id,
        activityId: null,
        fileName: 'bench.csv',
        contentType: 'text/csv',
        maxBytes: 200 * 1024 * 1024,
        spool: new UploadSpool(DEFAULT_UPLOAD_TMP_DIR),
      },
      chunks(csv),
    );
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    if (!report.committed || report.created !== people.length)
      throw new Error(`import did not commit: ${JSON.stringify({ ...report, errors: report.errors.slice(0, 5) })}`);
    const stored = await db.getRepository(Participant).countBy({ districtId: district.id });
    if (stored !== people.length) throw new Error(`expected ${people.length} rows, found ${stored}`);
    return seconds;
  } finally {
    await drop();
  }
}

async function timeBare(serverUrl: string, people: Person[]): Promise<number> {
  const { db, url, drop } = await freshDatabase(serverUrl);
  try {
    const district = await db.getRepository(District).findOneByOrFail({ code: '071' });
    await generate(db, district);
    const columns = [
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
      'version',
      'createdAt',
      'updatedAt',
    ];
    const now = new Date();
    const rows = people.map((p) => [
      p.fullName,
      foldForSearch(p.fullName),
      p.gender,
      p.birthYear,
      p.ethnicGroupCode,
      p.category,
      null,
      p.communeId,
      p.village?.id ?? null,
      district.id,
      p.phone || null,
      p.idNumber,
      0,
      1,
      now,
      now,
    ]);
    const connection = await mysql.createConnection({ uri: url, charset: 'utf8mb4_unicode_ci', timezone: 'Z' });
    try {
      const started = process.hrtime.bigint();
      await connection.beginTransaction();
      for (let i = 0; i < rows.length; i += BARE_BATCH) {
        await connection.query(`INSERT INTO participant (${columns.map((c) => `\`${c}\``).join(', ')}) VALUES ?`, [rows.slice(i, i + BARE_BATCH)]);
      }
      await connection.commit();
      return Number(process.hrtime.bigint() - started) / 1e9;
    } finally {
      await connection.end();
    }
  } finally {
    await drop();
  }
}

async function main(): Promise<void> {
  const serverUrl = process.env.TEST_MYSQL_URL ?? process.env.DATABASE_URL;
  if (!serverUrl?.startsWith('mysql'))
    throw new Error('Set TEST_MYSQL_URL (or DATABASE_URL) to a MySQL/MariaDB server URL, e.g. mysql://root@127.0.0.1:3306/test');
  // The file is generated against a scratch database seeded exactly like the ones timed below.
  const { db, drop } = await freshDatabase(serverUrl);
  const people = await generate(db, await db.getRepository(District).findOneByOrFail({ code: '071' }));
  const version = String((await db.query('SELECT VERSION() AS v'))[0].v);
  await drop();
  const csv = toCsv(people);

  const bareRuns: number[] = [];
  const importRuns: number[] = [];
  for (let run = 0; run < REPEAT; run++) {
    bareRuns.push(await timeBare(serverUrl, people));
    importRuns.push(await timeImport(serverUrl, csv, people));
  }
  const bareSeconds = Math.min(...bareRuns);
  const importSeconds = Math.min(...importRuns);
  const bareRate = ROWS / bareSeconds;
  const importRate = ROWS / importSeconds;
  const ratio = importRate / bareRate;

  const result = {
    at: new Date().toISOString(),
    server: version,
    rows: ROWS,
    fileBytes: csv.length,
    runs: REPEAT,
    bare: { seconds: round(bareSeconds), rowsPerSecond: Math.round(bareRate), batch: BARE_BATCH, allSeconds: bareRuns.map(round) },
    import: { seconds: round(importSeconds), rowsPerSecond: Math.round(importRate), allSeconds: importRuns.map(round) },
    ratio: round(ratio),
    target: TARGET,
    meetsTarget: ratio >= TARGET,
  };
  console.table({
    'bare INSERT (mysql2)': { rows: ROWS, seconds: result.bare.seconds, 'rows/s': result.bare.rowsPerSecond },
    'import (commit)': { rows: ROWS, seconds: result.import.seconds, 'rows/s': result.import.rowsPerSecond },
  });
  console.log(`best of ${REPEAT} runs each; all runs (s): bare ${result.bare.allSeconds.join(', ')}; import ${result.import.allSeconds.join(', ')}`);
  console.log(`import / bare = ${result.ratio} (target ≥ ${TARGET}): ${result.meetsTarget ? 'met' : 'NOT met'}`);
  const file = path.resolve('bench/results/import.json');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`written to ${path.relative(process.cwd(), file)}`);
  if (!result.meetsTarget) process.exitCode = 1;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
