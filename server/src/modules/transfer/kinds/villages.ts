import type { Writer } from '../../../session/writer';
import { foldForSearch } from '../../../shared/text';
import { Village } from '../../../domain/geography/village.entity';
import type { ColumnSpec } from '../import/columns';
import { insertInBatches } from '../import/insert-batches';
import { type ImportContext, type ImportKind, type KindImporter, type RowCells } from '../import/import-kind';
import { villageKey } from '../import/places';
import { updateTraced } from '../import/traced-updates';
import { parseCount, parseYesNo } from '../import/value-parsers';
import { checkHouseholds, checkPlaceName, checkPoorShare } from '../../../../../shared/rules/village';
import { problemOf } from '../import/report';

export const VILLAGE_COLUMNS: ColumnSpec[] = [
  { key: 'communeCode', header: 'Mã xã', aliases: ['Mã xã/phường'], example: '02233' },
  { key: 'commune', header: 'Xã', aliases: ['Tên xã', 'Xã/phường/thị trấn', 'communeName'], example: 'Phúc Yên' },
  { key: 'name', header: 'Tên thôn/bản', aliases: ['Thôn/bản', 'Tên thôn', 'Thôn'], required: true, example: 'Thôn Nà Khà' },
  { key: 'especiallyDifficult', header: 'Thôn ĐBKK', aliases: ['Đặc biệt khó khăn', 'Thôn đặc biệt khó khăn'], example: 'Có' },
  { key: 'households', header: 'Số hộ', example: 120 },
  { key: 'poorHouseholds', header: 'Số hộ nghèo', example: 45 },
];

type Values = Pick<Village, 'name' | 'searchName' | 'communeId' | 'districtId' | 'especiallyDifficult' | 'households' | 'poorHouseholds'>;

export const villagesKind: ImportKind = {
  name: 'villages',
  columns: VILLAGE_COLUMNS,
  oneOf: [['communeCode', 'commune']],
  open: async (context) => new VillageImporter(context),
};

/** Villages are few per district, so the ones already there come from the import's Places, not a query per batch. */
class VillageImporter implements KindImporter {
  private readonly seen = new Map<string, number>();
  private readonly creates: Values[] = [];
  private readonly updates: { id: number; values: Values }[] = [];

  constructor(private readonly c: ImportContext) {}

  check(row: RowCells): void {
    const before = this.c.report.report.errorCount;
    const commune = this.c.places.commune(row.text('communeCode'), row.text('commune'));
    if (!commune.ok) row.error(row.text('communeCode') ? 'communeCode' : 'commune', commune.problem);
    const name = row.text('name');
    const nameBroken = checkPlaceName(name);
    if (nameBroken) row.error('name', problemOf(nameBroken));
    const difficult = parseYesNo(row.cell('especiallyDifficult'), false);
    if (!difficult.ok) row.error('especiallyDifficult', difficult.problem);
    const households = parseCount(row.cell('households'), (count) => checkHouseholds(count));
    if (!households.ok) row.error('households', households.problem);
    const poor = parseCount(row.cell('poorHouseholds'), (count) => checkHouseholds(count, 'poorHouseholds'));
    if (!poor.ok) row.error('poorHouseholds', poor.problem);
    const share = households.ok && poor.ok ? checkPoorShare(households.value, poor.value) : null;
    if (share) row.error('poorHouseholds', problemOf(share));
    if (this.c.report.report.errorCount > before || !commune.ok || !difficult.ok || !households.ok || !poor.ok) return;

    const values: Values = {
      name,
      searchName: foldForSearch(name),
      communeId: commune.value.id,
      districtId: this.c.districtId,
      especiallyDifficult: difficult.value,
      households: households.value,
      poorHouseholds: poor.value,
    };
    const key = villageKey(values.communeId, name);
    const earlier = this.seen.get(key);
    if (earlier !== undefined) {
      if (this.c.duplicates === 'skip') this.c.report.duplicate(row.line, 'skipped', { key: 'import.sameVillageAsRow', params: { row: earlier } });
      else row.error('name', { key: 'import.sameVillageAsRow', params: { row: earlier } });
      return;
    }
    this.seen.set(key, row.line);
    const existing = this.c.places.villagesNamed(values.communeId, name);
    if (existing.length === 0) {
      this.creates.push(values);
      this.c.report.report.created += 1;
    } else if (this.c.duplicates === 'skip') {
      this.c.report.duplicate(row.line, 'skipped', { key: 'import.villageExists', params: { commune: commune.value.name } });
    } else {
      // The stored name is kept: the file may spell it with other diacritics or case.
      this.updates.push({ id: existing[0].id, values: { ...values, name: existing[0].name, searchName: existing[0].searchName } });
      this.c.report.duplicate(row.line, 'updated', { key: 'import.villageExists', params: { commune: commune.value.name } });
      this.c.report.report.updated += 1;
    }
  }

  async settle(): Promise<void> {}

  async write(w: Writer): Promise<void> {
    await insertInBatches(
      w.tx,
      Village,
      this.creates.splice(0).map((v) => ({ ...v, demo: false })),
    );
    await updateTraced(w, Village, this.c.trail, this.updates.splice(0));
  }
}
