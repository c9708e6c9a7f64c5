import { Column, Entity, ForeignKey, Unique } from 'typeorm';
import { registerEnumType } from 'type-graphql';
import { TrackedRow } from '../tracked-row';
import { EnumColumn } from '../columns';
import { District } from '../geography/district.entity';
import { Reach } from '../reach';

/** Where a district's year stands (docs/DOMAIN.md, "The year as a record"). RETURNED and REOPENED are open again. */
export enum YearStatusValue {
  OPEN = 'OPEN',
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  RETURNED = 'RETURNED',
  REOPENED = 'REOPENED',
}
registerEnumType(YearStatusValue, {
  name: 'YearStatusValue',
  description: 'OPEN, RETURNED and REOPENED are editable; SUBMITTED and APPROVED lock the district’s figures of the year (PERIOD_LOCKED).',
});

export const LOCKED_STATUSES: readonly YearStatusValue[] = [YearStatusValue.SUBMITTED, YearStatusValue.APPROVED];

/**
 * One district's fiscal year as a record: its status, who moved it last and why, and once approved the
 * figures as they were approved (a ReportRow as JSON, district by id). A year nobody touched has no row
 * and is OPEN. Every transition is a Writer update, so the audit trail holds the whole history.
 */
@Reach('district')
@Entity('district_year')
@Unique('uq_district_year', ['districtId', 'fiscalYear'])
export class DistrictYear extends TrackedRow {
  @ForeignKey(() => District)
  @Column({ type: 'integer' })
  districtId: number;

  @Column({ type: 'integer' })
  provinceId: number;

  @Column({ type: 'integer' })
  fiscalYear: number;

  @EnumColumn({ default: YearStatusValue.OPEN })
  status: YearStatusValue;

  @Column({ type: 'varchar', length: 100, nullable: true })
  submittedBy: string | null;

  @Column({ type: 'datetime', nullable: true })
  submittedAt: Date | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  note: string | null;

  /** The province admin who approved, returned or reopened it last. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  decidedBy: string | null;

  @Column({ type: 'datetime', nullable: true })
  decidedAt: Date | null;

  /** Why it was returned or reopened. */
  @Column({ type: 'varchar', length: 1000, nullable: true })
  reason: string | null;

  @Column({ type: 'datetime', nullable: true })
  approvedAt: Date | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  approvedBy: string | null;

  @Column({ type: 'text', nullable: true })
  approvedFigures: string | null;
}
