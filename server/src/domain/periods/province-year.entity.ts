import { Column, Entity, ForeignKey, Unique } from 'typeorm';
import { TrackedRow } from '../tracked-row';
import { Province } from '../geography/province.entity';
import { Reach } from '../reach';

/** A fiscal year the province admin closed: its province-level activities are locked (PERIOD_LOCKED) from then on. */
@Reach('province', 'province')
@Entity('province_year')
@Unique('uq_province_year', ['provinceId', 'fiscalYear'])
export class ProvinceYear extends TrackedRow {
  @ForeignKey(() => Province)
  @Column({ type: 'integer' })
  provinceId: number;

  @Column({ type: 'integer' })
  fiscalYear: number;

  @Column({ type: 'varchar', length: 100 })
  closedBy: string;

  @Column({ type: 'datetime' })
  closedAt: Date;
}
