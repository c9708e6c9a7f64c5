import { GraphQLError } from 'graphql';
import type { EntityManager } from 'typeorm';
import type { Writer } from '../../../session/writer';
import { foldForSearch } from '../../../shared/text';
import { Participant } from '../../../domain/participants/participant.entity';
import type { ColumnSpec } from '../import/columns';
import { keysetPages, selectAs } from '../export/keyset';
import { insertInBatches } from '../import/insert-batches';
import { type ImportContext, type ImportKind, type KindImporter, type RowCells } from '../import/import-kind';
import { FileProblem } from '../import/sheet-row';
import { updateTraced } from '../import/traced-updates';
import { logger } from '../../../logger';
import type { MessageParams } from '../../../shared/messages';
import { assertRefusalsLeft, idNumberHolders, recordElsewhereRefusal, type IdNumberHolder } from '../../participants/id-number-check';
import { checkFullName, checkPosition } from '../../../../../shared/rules/participant';
import { problemOf } from '../import/report';
import { parseBirthYear, parseCategory, parseGender, parseIdNumber, parsePhone, type Parsed } from '../import/value-parsers';

export const PARTICIPANT_COLUMNS: ColumnSpec[] = [
  { key: 'fullName', header: 'Họ và tên', aliases: ['Họ tên'], required: true, example: 'Hoàng Thị Lan' },
  { key: 'gender', header: 'Giới tính', required: true, example: 'Nữ' },
  { key: 'birthYear', header: 'Năm sinh', aliases: ['Ngày sinh', 'birthDate'], required: true, example: 1985 },
  { key: 'ethnicGroup', header: 'Dân tộc', aliases: ['Mã dân tộc', 'ethnicGroupCode'], required: true, example: 'Tày' },
  { key: 'category', header: 'Đối tượng', aliases: ['Nhóm đối tượng'], required: true, example: 'Người có uy tín' },
  { key: 'position', header: 'Chức vụ', example: 'Trưởng thôn' },
  { key: 'communeCode', header: 'Mã xã', aliases: ['Mã xã/phường'], example: '02233' },
  { key: 'commune', header: 'Xã', aliases: ['Tên xã', 'Xã/phường/thị trấn', 'communeName'], example: 'Phúc Yên' },
  { key: 'village', header: 'Thôn/bản', aliases: ['Thôn', 'Bản', 'Thôn, bản'], example: 'Thôn Nà Khà' },
  { key: 'phone', header: 'Số điện thoại', aliases: ['Điện thoại', 'SĐT'], example: '0912345678' },
  { key: 'idNumber', header: 'Số CCCD/CMND', aliases: ['CCCD', 'CMND', 'Số CCCD', 'Số định danh'], example: '008185001234' },
];

type Values = Omit<Participant, 'id' | 'version' | 'createdAt' | 'updatedAt' | 'foldName' | 'demo'>;
interface Pending {
  line: number;
  values: Values;
}

export const participantsKind: ImportKind = {
  name: 'participants',
  columns: PARTICIPANT_COLUMNS,
  oneOf: [['communeCode', 'commune']],
  open: async (context) => new ParticipantImporter(context).loadRegistered(),
};

/**
 * Runs a look-up over `values` in IN-lists of LOOKUP_CHUNK: MySQL/MariaDB estimate a longer list from
 * index statistics instead of probing the index (eq_range_index_dive_limit = 200), and with a table
 * freshly filled inside the import's transaction those statistics can make it scan the whole table.
 */
const LOOKUP_CHUNK = 200;
export async function inChunks<V, R>(values: V[], query: (chunk: V[]) => Promise<R[]>): Promise<R[]> {
  const found: R[] = [];
  for (let i = 0; i < values.length; i += LOOKUP_CHUNK) found.push(...(await query(values.slice(i, i + LOOKUP_CHUNK))));
  return found;
}

/** The person's identity inside a district when there is no ID number: name, birth year, place. */
export function personKey(searchName: string, birthYear: number, communeId: number, villageId: number | null): string {
  return `${searchName}|${birthYear}|${communeId}|${villageId ?? ''}`;
}

/** The allowance used up: the import stops with the same words the API uses. */
function asFileProblem(error: unknown): never {
  if (!(error instanceof GraphQLError) || error.extensions.code !== 'RATE_LIMITED') throw error;
  throw new FileProblem('RATE_LIMITED', String(error.extensions.messageKey), error.extensions.params as MessageParams);
}

function take<T>(row: RowCells, key: string, parsed: Parsed<T>): T | undefined {
  if (parsed.ok) return parsed.value;
  row.error(key, parsed.problem);
  return undefined;
}

class ParticipantImporter implements KindImporter {
  private pending: Pending[] = [];
  private readonly seenIds = new Map<string, number>();
  private readonly seenPeople = new Map<string, number>();
  private readonly creates: Values[] = [];
  private readonly updates: { id: number; values: Values }[] = [];

  private allowanceChecked = false;
  private refused = false;

  /** The district's people when the import began, by name + birth year + place (see loadRegistered). */
  private readonly registered = new Map<string, { id: number }>();

  constructor(private readonly c: ImportContext) {}

  /**
   * Loads who is already registered in the target district, once, in id-ordered pages. Looking names
   * up batch by batch instead would query a table the import itself is filling inside its open
   * transaction, which MySQL answers more slowly with every batch.
   */
  async loadRegistered(): Promise<this> {
    const build = () =>
      selectAs(this.c.target.rows(Participant, 'p'), {
        id: 'p.id',
        searchName: 'p.searchName',
        birthYear: 'p.birthYear',
        communeId: 'p.communeId',
        villageId: 'p.villageId',
      });
    type Raw = { id: number; searchName: string; birthYear: number; communeId: number; villageId: number | null };
    for await (const page of keysetPages<Raw>(build, 'p.id')) {
      for (const p of page)
        this.registered.set(personKey(p.searchName, Number(p.birthYear), Number(p.communeId), p.villageId === null ? null : Number(p.villageId)), {
          id: Number(p.id),
        });
    }
    return this;
  }

  check(row: RowCells): void {
    const values = this.parse(row);
    if (!values) return;
    const key = personKey(values.searchName, values.birthYear, values.communeId, values.villageId);
    const earlier = (values.idNumber ? this.seenIds.get(values.idNumber) : undefined) ?? this.seenPeople.get(key);
    if (earlier !== undefined) {
      if (this.c.duplicates === 'skip') this.c.report.duplicate(row.line, 'skipped', { key: 'import.sameAsRowSkipped', params: { row: earlier } });
      else row.error(null, { key: 'import.sameAsRow', params: { row: earlier } });
      return;
    }
    if (values.idNumber) this.seenIds.set(values.idNumber, row.line);
    this.seenPeople.set(key, row.line);
    this.pending.push({ line: row.line, values });
  }

  private parse(row: RowCells): Values | null {
    const before = this.c.report.report.errorCount;
    const fullName = row.text('fullName');
    const nameBroken = checkFullName(fullName);
    if (nameBroken) row.error('fullName', problemOf(nameBroken));
    const gender = take(row, 'gender', parseGender(row.text('gender')));
    const birthYear = take(row, 'birthYear', parseBirthYear(row.cell('birthYear')));
    const group = take(row, 'ethnicGroup', this.c.places.ethnicGroup(row.text('ethnicGroup')));
    const category = take(row, 'category', parseCategory(row.text('category')));
    const position = row.text('position');
    const positionBroken = checkPosition(position);
    if (positionBroken) row.error('position', problemOf(positionBroken));
    const commune = take(row, row.text('communeCode') ? 'communeCode' : 'commune', this.c.places.commune(row.text('communeCode'), row.text('commune')));
    const villageName = row.text('village');
    const village = commune && villageName ? take(row, 'village', this.c.places.village(commune.id, commune.name, villageName)) : null;
    const phone = take(row, 'phone', parsePhone(row.cell('phone')));
    const idNumber = take(row, 'idNumber', parseIdNumber(row.cell('idNumber')));
    if (this.c.report.report.errorCount > before || !gender || !birthYear || !group || !category || !commune || village === undefined) return null;
    return {
      fullName,
      searchName: foldForSearch(fullName),
      gender,
      birthYear,
      ethnicGroupCode: group.code,
      category,
      position: position || null,
      communeId: commune.id,
      villageId: village?.id ?? null,
      districtId: this.c.districtId,
      phone: phone ?? null,
      idNumber: idNumber ?? null,
    };
  }

  /** Compares the rows checked since last time with the people already registered: ID numbers, then names. */
  async settle(w: Writer | null): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    if (batch.length === 0) return;
    // A dry run has no transaction: the national ID-number look-up then reads outside one.
    const manager = w?.tx ?? this.c.session.db.manager;
    const ids = batch.flatMap((p) => (p.values.idNumber ? [p.values.idNumber] : []));
    // ID numbers are unique across the country, so this one look goes past the scope; numbers held
    // outside the caller's reach are answered as participants/id-number-check.ts says.
    const byIdNumber = new Map((await inChunks(ids, (chunk) => idNumberHolders(manager, chunk))).map((p) => [p.idNumber, p]));
    const inReach = (holder: IdNumberHolder | undefined) => holder !== undefined && this.c.session.scope.includesDistrict(holder.districtId);
    const outside = ids.filter((idNumber) => !inReach(byIdNumber.get(idNumber)));
    if (outside.length > 0) await this.assertRefusalsLeft(manager);
    if (outside.some((idNumber) => byIdNumber.has(idNumber))) await this.refuseOnce(w === null);
    for (const { line, values } of batch) {
      const holder = values.idNumber ? byIdNumber.get(values.idNumber) : undefined;
      if (holder && !inReach(holder)) {
        // Counted as a new person, as a free number would be: the figures of a refused file tell nothing about which rows were refused.
        this.c.report.report.created += 1;
        continue;
      }
      if (holder && holder.districtId !== this.c.districtId) {
        this.c.report.error(line, 'Số CCCD/CMND', values.idNumber, { key: 'import.idNumberOtherDistrict', field: 'idNumber' });
        continue;
      }
      const existing = holder ?? this.registered.get(personKey(values.searchName, values.birthYear, values.communeId, values.villageId));
      if (!existing) {
        this.creates.push(values);
        this.c.report.report.created += 1;
      } else if (this.c.duplicates === 'skip') {
        this.c.report.duplicate(line, 'skipped', { key: holder ? 'import.alreadyRegisteredId' : 'import.alreadyRegisteredPerson' });
      } else {
        this.updates.push({ id: existing.id, values });
        this.c.report.duplicate(line, 'updated', { key: holder ? 'import.sameIdNumber' : 'import.samePerson' });
        this.c.report.report.updated += 1;
      }
    }
  }

  /** Once per import: numbers outside the caller's reach are checked only while the account has refusals left. */
  private async assertRefusalsLeft(manager: EntityManager): Promise<void> {
    if (this.allowanceChecked) return;
    await assertRefusalsLeft(manager, this.c.session).catch(asFileProblem);
    this.allowanceChecked = true;
  }

  /**
   * One refusal for the whole file, without row numbers or a count, and one audit entry. A dry run
   * records it before answering; a commit cannot wait for its own transaction to end (SQLite runs one
   * at a time), so there the entry is written right after it.
   */
  private async refuseOnce(dryRun: boolean): Promise<void> {
    if (this.refused) return;
    this.refused = true;
    const recorded = recordElsewhereRefusal(this.c.session, { via: 'import' });
    if (dryRun) await recorded.catch(asFileProblem);
    else recorded.catch((error: unknown) => logger.error({ err: error }, 'could not record an ID-number refusal of an import'));
    this.c.report.error(0, 'Số CCCD/CMND', null, { key: 'import.idNumbersElsewhere', field: 'idNumber' });
  }

  async write(w: Writer): Promise<void> {
    await insertInBatches(
      w.tx,
      Participant,
      this.creates.splice(0).map((v) => ({ ...v, demo: false })),
    );
    await updateTraced(w, Participant, this.c.trail, this.updates.splice(0));
  }
}
