const MiB = 1024 * 1024;

/**
 * What one upload may unpack to, checked before or while it is read (docs/SECURITY.md "Uploads").
 * An .xlsx is a ZIP: a 2 MB file can inflate to gigabytes, and shared strings are held in memory for
 * the whole sheet, so every part is bounded by its declared size, by the bytes actually inflated, and
 * by what the reader keeps. Sized so that the production heap (192 MB) survives the worst accepted file,
 * with room for a 200,000-row import.
 */
export const UPLOAD_LIMITS = {
  /** ZIP entries in a workbook (Excel writes about a dozen). */
  maxZipEntries: 1000,
  /** Inflated size of any one part (the worksheet is streamed row by row). */
  maxPartBytes: 256 * MiB,
  /** Inflated size of all the parts together, as the central directory declares them. */
  maxTotalBytes: 512 * MiB,
  /** The shared-strings part, held in memory while the sheet is read. */
  maxSharedStringsBytes: 32 * MiB,
  /** Shared-strings bytes (as declared) read at once by all uploads of the process; the others wait. */
  sharedStringsInMemoryBytes: 40 * MiB,
  /** Workbooks waiting for that room; one more is refused as SERVER_BUSY. */
  maxWaitingReads: 8,
  /** Distinct texts in the shared-strings part. */
  maxSharedStrings: 1_000_000,
  /** workbook.xml and its relations, parsed whole. */
  maxSmallPartBytes: 4 * MiB,
  /** Inflated ÷ compressed size of a part over 1 MiB (real worksheets stay under about 20). */
  maxRatio: 200,
  ratioAppliesAbove: MiB,
  /** Characters of worksheet XML between two rows: one row is built whole in memory. */
  maxRowXmlChars: MiB,
  /** Characters of XML for one shared string (Excel allows 32,767 characters in a cell). */
  maxStringXmlChars: 256 * 1024,
  /** Rows of a sheet or CSV file, blank ones included. */
  maxRows: 200_000,
  /** Cells of one row up to its last filled one (templates have 11–15 columns). */
  maxColumns: 200,
  /** Characters of one CSV record. */
  maxCsvRecordChars: 64 * 1024,
} as const;

export type UploadLimits = typeof UPLOAD_LIMITS;
