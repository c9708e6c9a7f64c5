/**
 * The benchmark's yardsticks: the same figures as the API, written by hand as single SQL statements
 * for mysql2. Kept apart so the generator test can check the API against them too.
 */
import type mysql from 'mysql2/promise';

const CATEGORIES = ['COMMUNE_OFFICIAL', 'VILLAGE_OFFICIAL', 'MONITORING_BOARD_MEMBER', 'PRESTIGIOUS_PERSON', 'RESIDENT'] as const;
const committed = `CASE a.status WHEN 'COMPLETED' THEN COALESCE(a.actualCost, 0) WHEN 'PLANNED' THEN a.plannedCost ELSE 0 END`;
const spent = `CASE a.status WHEN 'COMPLETED' THEN COALESCE(a.actualCost, 0) ELSE 0 END`;

/**
 * provinceReport's figures for one province and year in ONE statement: a row per district (ordered by
 * code) with the province's money on every row. Definitions in docs/DOMAIN.md: trained = attended a
 * completed activity of the year; commune measures over the communes in service during the year (cy).
 * Written as a person would by hand for MySQL: the trained people are reached from the year's activities
 * of the province (STRAIGHT_JOIN pins that order).
 */
export const PROVINCE_REPORT_SQL = `
WITH d AS (SELECT id, code FROM district WHERE provinceId = :provinceId),
cy AS (SELECT id, districtId, p135Status FROM commune
       WHERE (retiredAt IS NULL OR retiredAt > CONCAT(:fiscalYear, '-01-01')) AND districtId IN (SELECT id FROM d)),
c AS (SELECT districtId, COUNT(*) AS communes, SUM(p135Status = 'ESPECIALLY_DIFFICULT') AS edc FROM cy GROUP BY districtId),
v AS (SELECT v.districtId, COUNT(*) AS villages, SUM(v.especiallyDifficult = 1) AS edv FROM village v JOIN cy ON cy.id = v.communeId GROUP BY v.districtId),
b AS (SELECT b.districtId, COUNT(*) AS boards FROM monitoring_board b JOIN cy ON cy.id = b.communeId GROUP BY b.districtId),
r AS (SELECT districtId, COUNT(*) AS registered FROM participant WHERE districtId IN (SELECT id FROM d) GROUP BY districtId),
t AS (SELECT at.districtId, COUNT(DISTINCT at.participantId) AS people, COUNT(*) AS personTimes,
        COUNT(DISTINCT CASE WHEN p.gender = 'FEMALE' THEN p.id END) AS women,
        COUNT(DISTINCT CASE WHEN p.ethnicGroupCode <> '01' THEN p.id END) AS minority,
        COUNT(DISTINCT CASE WHEN cm.p135Status = 'ESPECIALLY_DIFFICULT' AND cm.id IN (SELECT id FROM cy) THEN cm.id END) AS covered,
        ${CATEGORIES.map((k) => `COUNT(DISTINCT CASE WHEN p.category = '${k}' THEN p.id END) AS \`${k}\``).join(', ')}
      FROM activity a STRAIGHT_JOIN attendance at ON at.activityId = a.id JOIN participant p ON p.id = at.participantId JOIN commune cm ON cm.id = p.communeId
      WHERE at.districtId IN (SELECT id FROM d) AND a.provinceId = :provinceId AND a.fiscalYear = :fiscalYear AND a.status = 'COMPLETED' AND at.attended = 1
      GROUP BY at.districtId),
k AS (SELECT a.districtId, SUM(a.kind = 'TRAINING' AND a.status <> 'CANCELLED') AS training, SUM(a.kind = 'EXCHANGE' AND a.status <> 'CANCELLED') AS exchange,
        SUM(${committed}) AS committed, SUM(${spent}) AS spent, SUM(CASE WHEN a.kind = 'EXCHANGE' THEN ${committed} ELSE 0 END) AS exchangeCommitted
      FROM activity a WHERE a.provinceId = :provinceId AND a.fiscalYear = :fiscalYear GROUP BY a.districtId),
al AS (SELECT districtId, amount FROM district_allocation WHERE provinceId = :provinceId AND fiscalYear = :fiscalYear),
f AS (SELECT centralAmount, exchangeCapPercent FROM funding WHERE provinceId = :provinceId AND fiscalYear = :fiscalYear)
SELECT d.id AS districtId, d.code,
  COALESCE(c.communes, 0) AS communes, COALESCE(c.edc, 0) AS especiallyDifficultCommunes,
  COALESCE(v.villages, 0) AS villages, COALESCE(v.edv, 0) AS especiallyDifficultVillages,
  COALESCE(b.boards, 0) AS monitoringBoards, COALESCE(r.registered, 0) AS participantsRegistered,
  COALESCE(t.people, 0) AS peopleTrained, COALESCE(t.personTimes, 0) AS personTimes,
  COALESCE(t.women, 0) AS womenTrained, COALESCE(t.minority, 0) AS ethnicMinorityTrained,
  COALESCE(t.covered, 0) AS especiallyDifficultCommunesCovered,
  ${CATEGORIES.map((k) => `COALESCE(t.\`${k}\`, 0) AS \`${k}\``).join(', ')},
  COALESCE(k.training, 0) AS TRAINING, COALESCE(k.exchange, 0) AS EXCHANGE,
  COALESCE(al.amount, 0) AS allocation, COALESCE(k.committed, 0) AS committed, COALESCE(k.spent, 0) AS spent,
  (SELECT centralAmount FROM f) AS central, (SELECT exchangeCapPercent FROM f) AS capPercent,
  (SELECT COALESCE(SUM(amount), 0) FROM al) AS allocated,
  (SELECT COALESCE(SUM(committed), 0) FROM k) AS provinceCommitted, (SELECT COALESCE(SUM(spent), 0) FROM k) AS provinceSpent,
  (SELECT COALESCE(SUM(exchangeCommitted), 0) FROM k) AS exchangeCommitted
FROM d LEFT JOIN c ON c.districtId = d.id LEFT JOIN v ON v.districtId = d.id LEFT JOIN b ON b.districtId = d.id
  LEFT JOIN r ON r.districtId = d.id LEFT JOIN t ON t.districtId = d.id LEFT JOIN k ON k.districtId = d.id LEFT JOIN al ON al.districtId = d.id
ORDER BY d.code`;

/** The figures both sides are compared on: one entry per district and the province's money. */
export interface ReportFigures {
  districts: Record<string, number | string>[];
  money: Record<string, number>;
}

export const DISTRICT_MEASURES = [
  'communes',
  'especiallyDifficultCommunes',
  'villages',
  'especiallyDifficultVillages',
  'monitoringBoards',
  'participantsRegistered',
  'peopleTrained',
  'personTimes',
  'womenTrained',
  'ethnicMinorityTrained',
  'especiallyDifficultCommunesCovered',
  ...CATEGORIES,
  'TRAINING',
  'EXCHANGE',
  'allocation',
  'committed',
  'spent',
] as const;

export async function handWrittenReport(connection: mysql.Pool | mysql.Connection, provinceId: number, fiscalYear: number): Promise<ReportFigures> {
  const [rows] = await connection.query<mysql.RowDataPacket[]>({ sql: PROVINCE_REPORT_SQL, namedPlaceholders: true }, { provinceId, fiscalYear });
  const first = rows[0] ?? {};
  const central = Number(first.central ?? 0);
  const cap = Math.floor((central * Number(first.capPercent ?? 10)) / 100);
  return {
    districts: rows.map((row) => ({ code: String(row.code), ...Object.fromEntries(DISTRICT_MEASURES.map((m) => [m, Number(row[m])])) })),
    money: {
      central,
      allocated: Number(first.allocated ?? 0),
      committed: Number(first.provinceCommitted ?? 0),
      spent: Number(first.provinceSpent ?? 0),
      cap,
      exchangeCommitted: Number(first.exchangeCommitted ?? 0),
    },
  };
}

/** The GraphQL document whose answer holds the same figures. */
export const PROVINCE_REPORT_QUERY = `query($y: Int!) { provinceReport(fiscalYear: $y) {
  budget { central allocated committed spent exchangeCap { cap committed } }
  districts { district { code } communes especiallyDifficultCommunes villages especiallyDifficultVillages monitoringBoards participantsRegistered
    peopleTrained personTimes womenTrained ethnicMinorityTrained especiallyDifficultCommunesCovered
    trainedByCategory { category people } activitiesByKind { kind activitiesOrganised } allocation committed spent }
  total { peopleTrained personTimes }
} }`;

interface ApiRow {
  district: { code: string } | null;
  trainedByCategory: { category: string; people: number }[];
  activitiesByKind: { kind: string; activitiesOrganised: number }[];
  [measure: string]: unknown;
}
export interface ApiReport {
  budget: {
    central: string | number;
    allocated: string | number;
    committed: string | number;
    spent: string | number;
    exchangeCap: { cap: string | number; committed: string | number };
  };
  districts: ApiRow[];
  total: { peopleTrained: number; personTimes: number };
}

export function apiFigures(report: ApiReport): ReportFigures {
  return {
    districts: report.districts.map((row) => {
      const figures: Record<string, number | string> = { code: row.district?.code ?? '' };
      for (const m of DISTRICT_MEASURES) figures[m] = Number(row[m] ?? 0);
      for (const c of row.trainedByCategory) figures[c.category] = c.people;
      for (const k of row.activitiesByKind) figures[k.kind] = k.activitiesOrganised;
      return figures;
    }),
    money: {
      central: Number(report.budget.central),
      allocated: Number(report.budget.allocated),
      committed: Number(report.budget.committed),
      spent: Number(report.budget.spent),
      cap: Number(report.budget.exchangeCap.cap),
      exchangeCommitted: Number(report.budget.exchangeCap.committed),
    },
  };
}

/**
 * One page of participants (oldest first) with their commune, village and ethnic group, and the total
 * over all pages, as one statement. Parameters: the caller's district ids (twice, as arrays) and the page size.
 */
export const PARTICIPANT_PAGE_SQL = `
SELECT p.id, p.fullName, p.gender, p.category, c.id AS communeId, c.name AS communeName, v.id AS villageId, v.name AS villageName,
  e.code AS ethnicCode, e.name AS ethnicName,
  (SELECT COUNT(*) FROM participant x WHERE x.districtId IN (?)) AS totalCount
FROM (SELECT id FROM participant WHERE districtId IN (?) ORDER BY id LIMIT ?) page
  JOIN participant p ON p.id = page.id JOIN commune c ON c.id = p.communeId LEFT JOIN village v ON v.id = p.villageId
  JOIN ethnic_group e ON e.code = p.ethnicGroupCode
ORDER BY p.id`;

export const participantPageQuery = (first: number) =>
  `{ participants(first: ${first}) { totalCount pageInfo { hasNextPage endCursor } edges { node { id fullName gender category commune { id name } village { id name } ethnicGroup { code name } } } } }`;
