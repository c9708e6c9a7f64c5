import path from 'node:path';
import PDFDocument from 'pdfkit';
import type { ReportFrame } from './report-frame';

/**
 * Noto Serif (SIL Open Font License) from the npm package @expo-google-fonts/noto-serif, embedded (subset) in
 * every PDF: it covers Vietnamese, so names print with their diacritics and a PDF reader extracts them as text.
 * Read from node_modules when a document is made: nothing is downloaded at run time.
 */
const FONT_DIR = path.dirname(require.resolve('@expo-google-fonts/noto-serif/package.json'));
const FONTS = {
  regular: path.join(FONT_DIR, '400Regular', 'NotoSerif_400Regular.ttf'),
  bold: path.join(FONT_DIR, '700Bold', 'NotoSerif_700Bold.ttf'),
  italic: path.join(FONT_DIR, '400Regular_Italic', 'NotoSerif_400Regular_Italic.ttf'),
};

/** A4 landscape, in points; the left margin is the wider binding edge of an administrative document. */
const MARGIN = { top: 36, bottom: 44, left: 50, right: 32 };
const CELL_FONT_SIZE = 7.5;
const CELL_PADDING = 2.5;
const SIGNATURE_HEIGHT = 110;

export type Align = 'left' | 'right' | 'center';

export interface PdfColumn<T> {
  header: string;
  /** Relative width: the table's columns share the page's width in these proportions. */
  width: number;
  align?: Align;
  cell: (row: T) => string;
}

/** Numbers as a Vietnamese reader writes them: 1.234.567 and 50,0%. */
const NUMBER = new Intl.NumberFormat('vi-VN');
const PERCENT = new Intl.NumberFormat('vi-VN', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
export const viNumber = (value: number): string => NUMBER.format(value);
export const viPercent = (value: number): string => PERCENT.format(value);

/**
 * A report being written to a PDF. Pages are buffered only so that the footer can say "Trang 1/3" once the
 * count is known; a report is a few pages (22 districts: 3), so that is bounded, and the bytes stream out
 * to whatever the document is piped to as pdfkit produces them.
 */
export class ReportPdf {
  readonly doc: PDFKit.PDFDocument;
  private y: number;

  constructor(frame: ReportFrame, author: string) {
    this.doc = new PDFDocument({
      size: 'A4',
      layout: 'landscape',
      margins: MARGIN,
      bufferPages: true,
      info: { Title: frame.title, Author: author, Creator: 'Portal 135' },
    });
    this.doc.registerFont('regular', FONTS.regular);
    this.doc.registerFont('bold', FONTS.bold);
    this.doc.registerFont('italic', FONTS.italic);
    this.y = MARGIN.top;
    this.heading(frame);
  }

  private get left(): number {
    return MARGIN.left;
  }

  private get width(): number {
    return this.doc.page.width - MARGIN.left - MARGIN.right;
  }

  private get bottom(): number {
    return this.doc.page.height - MARGIN.bottom;
  }

  private text(text: string, x: number, y: number, width: number, font: 'regular' | 'bold' | 'italic', size: number, align: Align = 'left'): number {
    this.doc.font(font).fontSize(size);
    const height = this.doc.heightOfString(text, { width });
    this.doc.text(text, x, y, { width, align, lineBreak: true });
    return height;
  }

  private newPage(): void {
    this.doc.addPage();
    this.y = MARGIN.top;
  }

  /** The issuing body and the motto side by side, then place and date, the title and the approval warning. */
  private heading(frame: ReportFrame): void {
    const blockWidth = 300;
    const right = this.left + this.width - blockWidth - 20;
    const top = this.y;
    let leftY = top + this.text(frame.issuerParent, this.left, top, blockWidth, 'regular', 10.5, 'center');
    leftY += this.text(frame.issuer, this.left, leftY, blockWidth, 'bold', 10.5, 'center');
    this.rule(this.left + blockWidth / 2 - 40, leftY + 2, 80);
    let rightY = top + this.text(frame.motto[0], right, top, blockWidth + 20, 'bold', 10.5, 'center');
    rightY += this.text(frame.motto[1], right, rightY, blockWidth + 20, 'bold', 11, 'center');
    this.rule(right + (blockWidth + 20) / 2 - 75, rightY + 2, 150);
    this.y = Math.max(leftY, rightY) + 10;
    this.y += this.text(frame.placeAndDate, right, this.y, blockWidth + 20, 'italic', 10.5, 'center') + 12;
    this.y += this.text(frame.title, this.left, this.y, this.width, 'bold', 13, 'center') + 2;
    this.y += this.text(frame.subtitle, this.left, this.y, this.width, 'italic', 10.5, 'center') + 4;
    if (frame.approvalWarning) {
      this.doc.fillColor('#c00000');
      this.y += this.text(frame.approvalWarning, this.left, this.y, this.width, 'bold', 11, 'center');
      this.doc.fillColor('black');
    }
    this.y += 10;
  }

  private rule(x: number, y: number, width: number): void {
    this.doc
      .moveTo(x, y)
      .lineTo(x + width, y)
      .lineWidth(0.6)
      .stroke();
  }

  /**
   * A numbered section and its table. The headings repeat on every page the table runs onto, and a section
   * starts on a new page when its heading, headings and first row would not fit.
   */
  table<T>(title: string, columns: PdfColumn<T>[], rows: T[], note?: string): void {
    const total = columns.reduce((sum, c) => sum + c.width, 0);
    const widths = columns.map((c) => (c.width / total) * this.width);
    const headerHeight = this.rowHeight(
      columns.map((c) => c.header),
      widths,
      'bold',
    );
    const firstRow =
      rows.length > 0
        ? this.rowHeight(
            columns.map((c) => c.cell(rows[0])),
            widths,
            'regular',
          )
        : 0;
    if (this.y + 18 + headerHeight + firstRow > this.bottom) this.newPage();
    this.y += this.text(title, this.left, this.y, this.width, 'bold', 10.5);
    if (note) this.y += this.text(note, this.left, this.y, this.width, 'italic', 8.5);
    this.y += 3;
    this.drawRow(
      columns.map((c) => c.header),
      widths,
      columns.map(() => 'center'),
      'bold',
      headerHeight,
    );
    for (const row of rows) {
      const cells = columns.map((c) => c.cell(row));
      const height = this.rowHeight(cells, widths, 'regular');
      if (this.y + height > this.bottom) {
        this.newPage();
        this.drawRow(
          columns.map((c) => c.header),
          widths,
          columns.map(() => 'center'),
          'bold',
          headerHeight,
        );
      }
      this.drawRow(
        cells,
        widths,
        columns.map((c) => c.align ?? 'right'),
        'regular',
        height,
      );
    }
    this.y += 12;
  }

  private rowHeight(cells: string[], widths: number[], font: 'regular' | 'bold'): number {
    this.doc.font(font).fontSize(CELL_FONT_SIZE);
    return Math.max(...cells.map((cell, i) => this.doc.heightOfString(cell || ' ', { width: widths[i] - 2 * CELL_PADDING }))) + 2 * CELL_PADDING;
  }

  private drawRow(cells: string[], widths: number[], aligns: Align[], font: 'regular' | 'bold', height: number): void {
    let x = this.left;
    cells.forEach((cell, i) => {
      this.doc.rect(x, this.y, widths[i], height).lineWidth(0.4).stroke();
      this.doc.font(font).fontSize(CELL_FONT_SIZE);
      this.doc.text(cell, x + CELL_PADDING, this.y + CELL_PADDING, { width: widths[i] - 2 * CELL_PADDING, align: aligns[i] });
      x += widths[i];
    });
    this.y += height;
  }

  /** The preparer left, the head of the body right, each with room for a signature and a name written in ink. */
  signatures(frame: ReportFrame): void {
    if (this.y + SIGNATURE_HEIGHT > this.bottom) this.newPage();
    const half = this.width / 2;
    for (const [x, title] of [
      [this.left, frame.signatures.left],
      [this.left + half, frame.signatures.right],
    ] as const) {
      const h = this.text(title, x, this.y, half, 'bold', 10.5, 'center');
      this.text(frame.signatures.note, x, this.y + h, half, 'italic', 9.5, 'center');
    }
    this.y += SIGNATURE_HEIGHT;
  }

  /** Numbers every page "Trang i/n" and finishes the document (its bytes go to wherever it was piped). */
  end(): void {
    const { start, count } = this.doc.bufferedPageRange();
    for (let i = start; i < start + count; i += 1) {
      this.doc.switchToPage(i);
      // Writing into the bottom margin would make pdfkit open a new page; the footer is placed there on purpose.
      const bottom = this.doc.page.margins.bottom;
      this.doc.page.margins.bottom = 0;
      this.text(`Trang ${i - start + 1}/${count}`, this.left, this.doc.page.height - 28, this.width, 'regular', 8.5, 'center');
      this.doc.page.margins.bottom = bottom;
    }
    this.doc.end();
  }
}
