import type { DataSource, EntityManager } from 'typeorm';
import { SeededRandom } from './random';
import { insertOne, insertRows, insertRowsReadingIds } from './insert-rows';
import { EXCHANGE_TRIPS, TRAINING_TITLES, personName, villageNames } from './demo-names';
import { Province } from '../server/src/domain/geography/province.entity';
import { District, DistrictType } from '../server/src/domain/geography/district.entity';
import { Commune, CommuneType, P135Status } from '../server/src/domain/geography/commune.entity';
import { Village } from '../server/src/domain/geography/village.entity';
import { Gender, Participant, ParticipantCategory } from '../server/src/domain/participants/participant.entity';
import { MonitoringBoard } from '../server/src/domain/boards/monitoring-board.entity';
import { BoardMember, BoardRole } from '../server/src/domain/boards/board-member.entity';
import { Provider, ProviderKind } from '../server/src/domain/activities/provider.entity';
import { Activity, ActivityKind, ActivityScope, ActivityStatus } from '../server/src/domain/activities/activity.entity';
import { Attendance } from '../server/src/domain/activities/attendance.entity';
import { Funding } from '../server/src/domain/funding/funding.entity';
import { DistrictAllocation } from '../server/src/domain/funding/district-allocation.entity';
import { TUYEN_QUANG } from './reference-seed';

export const DEMO_SEED = 135;
export const DEMO_YEARS = [2017, 2018, 2019, 2020] as const;

/** Demo central funding per year (VND). Generated figures, not the province's real decisions. */
const CENTRAL_FUNDING: Record<number, number> = { 2017: 4_850_000_000, 2018: 5_120_000_000, 2019: 5_360_000_000, 2020: 5_540_000_000 };
/** Share of the central amount the province keeps for province-level activities. */
const PROVINCE_RESERVE = 0.2;

/**
 * Ethnic make-up per district, as weights by ethnic group code: plausible for the area, not census
 * figures. 01 Kinh, 02 Tày, 07 Nùng, 08 H'Mông, 09 Dao, 15 Sán Chay (incl. Cao Lan), 18 Sán Dìu.
 */
const ETHNIC_MIX: Record<string, Record<string, number>> = {
  '070': { '01': 75, '02': 15, '09': 5, '15': 5 },
  '071': { '02': 55, '09': 20, '08': 12, '01': 8, '07': 5 },
  '072': { '02': 45, '09': 25, '08': 15, '01': 10, '07': 5 },
  '073': { '02': 55, '01': 15, '09': 15, '07': 5, '08': 5, '15': 5 },
  '074': { '01': 40, '02': 30, '09': 15, '15': 10, '07': 5 },
  '075': { '01': 45, '02': 25, '09': 15, '15': 10, '18': 5 },
  '076': { '01': 55, '02': 15, '18': 10, '09': 10, '15': 10 },
};

/** Share of rural communes marked especially difficult (demo values: the official list is not public as data). */
const DIFFICULT_SHARE: Record<string, number> = { '070': 0, '071': 0.9, '072': 0.8, '073': 0.65, '074': 0.5, '075': 0.45, '076': 0.4 };

export interface DemoSummary {
  skipped: boolean;
  villages: number;
  participants: number;
  activities: number;
  attendances: number;
}

/**
 * Generated demonstration data for Tuyên Quang: p135 status, villages, boards, participants, providers,
 * activities 2017–2020 with attendance, and funding that obeys the money rules. Every row is marked demo.
 * Deterministic (fixed seed) and run only while no demo data exists, so a second run changes nothing.
 */
export async function seedDemo(dataSource: DataSource): Promise<DemoSummary> {
  return dataSource.transaction(async (manager) => {
    if ((await manager.count(Village, { where: { demo: true } })) > 0) {
      return { skipped: true, villages: 0, participants: 0, activities: 0, attendances: 0 };
    }
    const random = new SeededRandom(DEMO_SEED);
    const province = await manager.findOneByOrFail(Province, { code: TUYEN_QUANG.province.code });
    const districts = await manager.find(District, { where: { provinceId: province.id }, order: { code: 'ASC' } });
    const people = new Map<number, PersonRef[]>();
    let villages = 0;
    let participants = 0;
    let idSequence = 0;
    for (const district of districts) {
      const communes = await manager.find(Commune, { where: { districtId: district.id }, order: { code: 'ASC' } });
      const districtPeople: PersonRef[] = [];
      for (const commune of communes) {
        const status = demoP135Status(random, district, commune);
        await manager.update(Commune, { id: commune.id }, { p135Status: status, demo: true });
        const villageIds = await seedVillages(manager, random, commune, status);
        villages += villageIds.length;
        const created = await seedParticipants(manager, random, district, commune, villageIds, () => ++idSequence);
        participants += created.length;
        districtPeople.push(...created.map((id) => ({ id, districtId: district.id, difficult: status === P135Status.ESPECIALLY_DIFFICULT })));
        if (status === P135Status.ESPECIALLY_DIFFICULT) await seedBoard(manager, random, commune, created);
      }
      people.set(district.id, districtPeople);
    }
    const providerIds = await seedProviders(manager, province);
    const { activities, attendances } = await seedActivitiesAndFunding(manager, random, province, districts, people, providerIds);
    return { skipped: false, villages, participants, activities, attendances };
  });
}

interface PersonRef {
  id: number;
  districtId: number;
  difficult: boolean;
}

function demoP135Status(random: SeededRandom, district: District, commune: Commune): P135Status {
  if (commune.type !== CommuneType.COMMUNE || district.type !== DistrictType.RURAL_DISTRICT) return P135Status.NONE;
  if (random.chance(DIFFICULT_SHARE[district.code] ?? 0.5)) return P135Status.ESPECIALLY_DIFFICULT;
  // Tuyên Quang was the wartime safe zone (ATK): some lowland communes of Sơn Dương and Yên Sơn carry that status.
  if ((district.code === '076' || district.code === '075') && random.chance(0.3)) return P135Status.SAFE_ZONE;
  return P135Status.NONE;
}

async function seedVillages(manager: EntityManager, random: SeededRandom, commune: Commune, status: P135Status): Promise<number[]> {
  const urban = commune.type !== CommuneType.COMMUNE;
  const names = villageNames(random, random.int(3, 8), urban);
  const difficultShare = status === P135Status.ESPECIALLY_DIFFICULT ? 0.6 : urban ? 0 : 0.1;
  return insertRowsReadingIds(
    manager,
    Village,
    names.map((name) => {
      const households = random.int(60, 260);
      return {
        name,
        communeId: commune.id,
        districtId: commune.districtId,
        especiallyDifficult: random.chance(difficultShare),
        households,
        poorHouseholds: Math.round(households * (random.int(5, 45) / 100)),
        demo: true,
      };
    }),
    'name',
    { communeId: commune.id, demo: true },
  );
}

async function seedParticipants(
  manager: EntityManager,
  random: SeededRandom,
  district: District,
  commune: Commune,
  villageIds: number[],
  nextSequence: () => number,
): Promise<number[]> {
  const mix = ETHNIC_MIX[district.code] ?? { '01': 1 };
  const rows: (Partial<Participant> & Pick<Participant, 'idNumber'>)[] = [];
  const count = random.int(26, 34);
  for (let i = 0; i < count; i++) {
    const gender = random.chance(0.46) ? Gender.FEMALE : Gender.MALE;
    const ethnicGroupCode = random.weighted(mix);
    const birthYear = random.int(1960, 2002);
    const category = random.weighted({
      [ParticipantCategory.COMMUNE_OFFICIAL]: 12,
      [ParticipantCategory.VILLAGE_OFFICIAL]: 20,
      [ParticipantCategory.PRESTIGIOUS_PERSON]: 10,
      [ParticipantCategory.RESIDENT]: 58,
    });
    rows.push({
      fullName: personName(random, ethnicGroupCode, gender),
      gender,
      birthYear,
      ethnicGroupCode,
      category,
      position: category === ParticipantCategory.VILLAGE_OFFICIAL ? random.pick(['Trưởng thôn', 'Bí thư chi bộ', 'Công an viên']) : null,
      communeId: commune.id,
      villageId: random.chance(0.9) ? random.pick(villageIds) : null,
      districtId: district.id,
      phone: random.chance(0.6) ? `09${String(random.int(0, 99_999_999)).padStart(8, '0')}` : null,
      idNumber: demoIdNumber(gender, birthYear, nextSequence()),
      demo: true,
    });
  }
  // The demo id numbers are unique: they find each new person's id again.
  return insertRowsReadingIds(manager, Participant, rows, 'idNumber', { communeId: commune.id, demo: true });
}

/** A 12-digit CCCD-shaped number: province 008, century/gender digit, year, then a demo sequence. */
function demoIdNumber(gender: Gender, birthYear: number, sequence: number): string {
  const centuryGender = (birthYear >= 2000 ? 2 : 0) + (gender === Gender.FEMALE ? 1 : 0);
  return `008${centuryGender}${String(birthYear % 100).padStart(2, '0')}${String(sequence).padStart(6, '0')}`;
}

async function seedBoard(manager: EntityManager, random: SeededRandom, commune: Commune, participantIds: number[]): Promise<void> {
  const boardId = await insertOne(manager, MonitoringBoard, {
    communeId: commune.id,
    districtId: commune.districtId,
    establishedOn: `${random.int(2016, 2018)}-0${random.int(1, 9)}-${String(random.int(1, 28)).padStart(2, '0')}`,
    decisionRef: `${random.int(10, 250)}/QĐ-UBND (demo)`,
    demo: true,
  });
  const members = random.sample(participantIds, random.int(5, 7));
  await manager.update(Participant, members, { category: ParticipantCategory.MONITORING_BOARD_MEMBER });
  await insertRows(
    manager,
    BoardMember,
    members.map((participantId, index) => ({
      boardId,
      participantId,
      districtId: commune.districtId,
      role: index === 0 ? BoardRole.HEAD : index === 1 ? BoardRole.DEPUTY : BoardRole.MEMBER,
    })),
  );
}

async function seedProviders(manager: EntityManager, province: Province): Promise<number[]> {
  return insertRowsReadingIds(
    manager,
    Provider,
    [
      { name: 'Ban Dân tộc tỉnh Tuyên Quang', kind: ProviderKind.DEPARTMENT, provinceId: province.id, demo: true },
      { name: 'Sở Nông nghiệp và Phát triển nông thôn', kind: ProviderKind.DEPARTMENT, provinceId: province.id, demo: true },
      { name: 'Trường Chính trị tỉnh Tuyên Quang', kind: ProviderKind.TRAINING_CENTRE, provinceId: province.id, demo: true },
      { name: 'Trung tâm Khuyến nông tỉnh', kind: ProviderKind.TRAINING_CENTRE, provinceId: province.id, demo: true },
    ],
    'name',
    { provinceId: province.id, demo: true },
  );
}

/** Rounds down to whole thousands of đồng, as budgets are written. */
const thousands = (amount: number): number => Math.floor(amount / 1000) * 1000;

async function seedActivitiesAndFunding(
  manager: EntityManager,
  random: SeededRandom,
  province: Province,
  districts: District[],
  people: Map<number, PersonRef[]>,
  providerIds: number[],
): Promise<{ activities: number; attendances: number }> {
  let activities = 0;
  let attendances = 0;
  const difficultCount = (districtId: number) => (people.get(districtId) ?? []).filter((p) => p.difficult).length;
  for (const year of DEMO_YEARS) {
    const central = CENTRAL_FUNDING[year];
    const fundingId = await insertOne(manager, Funding, {
      provinceId: province.id,
      fiscalYear: year,
      centralAmount: central,
      exchangeCapPercent: 10,
      decisionRef: `${100 + year - 2000}/QĐ-UBND (demo)`,
      demo: true,
    });
    // District envelopes: a base share plus a share weighted by people in especially difficult communes.
    const districtPool = central * (1 - PROVINCE_RESERVE);
    const weights = districts.map((d) => 1 + difficultCount(d.id) / 40);
    const weightTotal = weights.reduce((a, b) => a + b, 0);
    const allocations = districts.map((d, i) => ({ district: d, amount: thousands((districtPool * weights[i]) / weightTotal) }));
    await insertRows(
      manager,
      DistrictAllocation,
      allocations.map((a) => ({ fundingId, provinceId: province.id, districtId: a.district.id, fiscalYear: year, amount: a.amount })),
    );

    const budget = new YearBudget(central, allocations);
    const planned: PlannedActivity[] = [];
    for (const { district } of allocations) {
      for (let i = random.int(3, 6); i > 0; i--) planned.push(trainingFor(random, year, district.id));
      if (random.chance(0.6)) planned.push(exchangeFor(random, year, district.id));
    }
    planned.push(exchangeFor(random, year, null), exchangeFor(random, year, null), trainingFor(random, year, null));

    for (const activity of planned) {
      const status = demoStatus(random, year);
      const actualCost = status === ActivityStatus.COMPLETED ? thousands(activity.plannedCost * (0.85 + random.next() * 0.15)) : null;
      const committed = status === ActivityStatus.CANCELLED ? 0 : (actualCost ?? activity.plannedCost);
      if (!budget.fits(activity, committed)) continue;
      budget.commit(activity, committed);
      const activityId = await insertOne(manager, Activity, {
        ...activity,
        status,
        actualCost,
        provinceId: province.id,
        providerId: random.pick(providerIds),
        demo: true,
      });
      activities++;
      if (status === ActivityStatus.CANCELLED) continue;
      const pool = activity.districtId === null ? [...people.values()].flat() : (people.get(activity.districtId) ?? []);
      const preferred = pool.filter((p) => p.difficult);
      const invited = random.sample(
        preferred.length >= 40 ? preferred : pool,
        random.int(activity.kind === ActivityKind.EXCHANGE ? 12 : 20, activity.kind === ActivityKind.EXCHANGE ? 25 : 40),
      );
      const done = status === ActivityStatus.COMPLETED;
      attendances += await insertRows(
        manager,
        Attendance,
        invited.map((person) => {
          const attended = done && random.chance(0.95);
          return { activityId, participantId: person.id, districtId: person.districtId, attended, completed: attended && random.chance(0.92) };
        }),
      );
    }
  }
  return { activities, attendances };
}

type PlannedActivity = Pick<
  Activity,
  'kind' | 'scope' | 'title' | 'topic' | 'startDate' | 'endDate' | 'location' | 'fiscalYear' | 'plannedCost' | 'districtId'
>;

function datesIn(random: SeededRandom, year: number, days: number): { startDate: string; endDate: string } {
  const month = String(random.int(3, 11)).padStart(2, '0');
  const day = random.int(1, 20);
  return { startDate: `${year}-${month}-${String(day).padStart(2, '0')}`, endDate: `${year}-${month}-${String(day + days - 1).padStart(2, '0')}` };
}

function trainingFor(random: SeededRandom, year: number, districtId: number | null): PlannedActivity {
  return {
    kind: ActivityKind.TRAINING,
    scope: ActivityScope.IN_PROVINCE,
    title: random.pick(TRAINING_TITLES),
    topic: null,
    ...datesIn(random, year, random.int(2, 4)),
    location: districtId === null ? 'Thành phố Tuyên Quang' : 'Hội trường UBND huyện',
    fiscalYear: year,
    plannedCost: random.int(40, 120) * 1_000_000,
    districtId,
  };
}

function exchangeFor(random: SeededRandom, year: number, districtId: number | null): PlannedActivity {
  const trip = random.pick(EXCHANGE_TRIPS);
  return {
    kind: ActivityKind.EXCHANGE,
    scope: trip.outOfProvince ? ActivityScope.OUT_OF_PROVINCE : ActivityScope.IN_PROVINCE,
    title: trip.title,
    topic: null,
    ...datesIn(random, year, random.int(3, 6)),
    location: trip.location,
    fiscalYear: year,
    plannedCost: random.int(60, 160) * 1_000_000,
    districtId,
  };
}

function demoStatus(random: SeededRandom, year: number): ActivityStatus {
  if (random.chance(0.05)) return ActivityStatus.CANCELLED;
  if (year < 2020) return ActivityStatus.COMPLETED;
  return random.chance(0.6) ? ActivityStatus.COMPLETED : ActivityStatus.PLANNED;
}

/** Tracks what the generated activities commit, so the demo never breaks the money rules (docs/DOMAIN.md). */
class YearBudget {
  private readonly envelope = new Map<number | null, number>();
  private exchangeHeadroom: number;

  constructor(central: number, allocations: { district: District; amount: number }[]) {
    this.exchangeHeadroom = Math.floor(central / 10);
    let allocated = 0;
    for (const a of allocations) {
      this.envelope.set(a.district.id, a.amount);
      allocated += a.amount;
    }
    this.envelope.set(null, central - allocated); // what the province keeps for its own activities
  }

  fits(activity: PlannedActivity, committed: number): boolean {
    if (activity.kind === ActivityKind.EXCHANGE && committed > this.exchangeHeadroom) return false;
    return committed <= (this.envelope.get(activity.districtId) ?? 0);
  }

  commit(activity: PlannedActivity, committed: number): void {
    if (activity.kind === ActivityKind.EXCHANGE) this.exchangeHeadroom -= committed;
    this.envelope.set(activity.districtId, (this.envelope.get(activity.districtId) ?? 0) - committed);
  }
}
