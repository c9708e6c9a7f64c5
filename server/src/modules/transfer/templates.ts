import type { Response } from 'express';
import { Gender } from '../../domain/participants/participant.entity';
import { IMPORT_KINDS } from './import/import-kinds';
import { CATEGORY_LABELS } from './import/value-parsers';
import { tableSink, type ExportFormat } from './export/table-sink';

/** Notes on the template's second sheet: the values each column accepts. */
const GUIDE: [string, string][] = [
  ['Giới tính', `Nam / Nữ (hoặc ${Object.values(Gender).join(' / ')})`],
  ['Đối tượng', Object.values(CATEGORY_LABELS).join('; ')],
  ['Dân tộc', 'Tên dân tộc ("Tày", "Dao", "Kinh") hoặc mã hai chữ số ("02")'],
  ['Năm sinh', 'Năm (1985) hoặc ngày sinh (15/03/1985, 1985-03-15)'],
  ['Mã xã / Xã', 'Mã xã theo danh mục TCTK ("02233") hoặc tên xã; ghi mã khi có hai xã trùng tên'],
  ['Thôn/bản', 'Tên thôn, bản đã có trong xã (nhập danh sách thôn, bản trước)'],
  ['Số CCCD/CMND', '12 chữ số (CCCD) hoặc 9 chữ số (CMND); định dạng ô là Văn bản để giữ số 0 đầu'],
  ['Có mặt / Hoàn thành / Thôn ĐBKK', 'Có / Không'],
  ['Công thức', 'Không dùng công thức: dán giá trị (Paste values)'],
];

/** GET /api/templates/:kind.:format — the heading row and one example row of an import kind. */
export async function sendTemplate(res: Response, kindName: string, format: ExportFormat): Promise<boolean> {
  const kind = IMPORT_KINDS[kindName];
  if (!kind) return false;
  const columns = kind.columns.filter((c) => !c.ignored);
  res.status(200).setHeader('content-type', format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  res.setHeader('content-disposition', `attachment; filename="mau-nhap-${kind.name}.${format}"`);
  const sink = tableSink(format, res);
  await sink.table(
    'Dữ liệu',
    columns.map((c) => c.header),
  );
  await sink.row(columns.map((c) => c.example));
  if (format === 'xlsx') {
    await sink.table('Hướng dẫn', ['Cột', 'Giá trị được chấp nhận']);
    for (const line of GUIDE) await sink.row(line);
  }
  await sink.end();
  return true;
}
