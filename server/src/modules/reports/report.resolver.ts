import { Arg, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { District } from '../../domain/geography/district.entity';
import { Commune } from '../../domain/geography/commune.entity';
import { EthnicGroup } from '../../domain/reference/ethnic-group.entity';
import { ProvinceReport } from './report.types';
import { RollupDimension, RollupFilter, RollupRow } from './rollup.types';
import { provinceReport } from './province-report.service';
import { rollup } from './rollup.service';
import { badInput } from '../../shared/errors';
import { assertYear } from '../../domain/periods/fiscal-year';

@Resolver()
export class ReportResolver {
  @Authorized()
  @Query(() => ProvinceReport, { description: 'The year’s figures per district in scope, with a total row, funding and the exchange cap.' })
  provinceReport(@Arg('fiscalYear', () => Int) fiscalYear: number, @Ctx() { session }: RequestContext): Promise<ProvinceReport> {
    assertYear(fiscalYear);
    return provinceReport(session, fiscalYear);
  }

  @Authorized()
  @Query(() => [RollupRow], { description: 'People trained in the year, grouped by up to four dimensions, computed in SQL.' })
  rollup(
    @Arg('fiscalYear', () => Int) fiscalYear: number,
    @Arg('groupBy', () => [RollupDimension]) groupBy: RollupDimension[],
    @Arg('filter', () => RollupFilter, { nullable: true }) filter: RollupFilter | null,
    @Ctx() { session }: RequestContext,
  ): Promise<RollupRow[]> {
    assertYear(fiscalYear);
    if (groupBy.length > 4) throw badInput('groupBy', 'errors.groupByMax');
    if (new Set(groupBy).size !== groupBy.length) throw badInput('groupBy', 'errors.groupByTwice');
    return rollup(session, fiscalYear, groupBy, filter);
  }
}

/** The keys of a rollup row, resolved in batches through the request's scoped loaders. */
@Resolver(() => RollupRow)
export class RollupRowResolver {
  @FieldResolver(() => District, { nullable: true })
  district(@Root() row: RollupRow, @Ctx() { session }: RequestContext): Promise<District | null> | null {
    return row.districtId === null ? null : session.loaders.district.load(row.districtId);
  }

  @FieldResolver(() => Commune, { nullable: true })
  commune(@Root() row: RollupRow, @Ctx() { session }: RequestContext): Promise<Commune | null> | null {
    return row.communeId === null ? null : session.loaders.commune.load(row.communeId);
  }

  @FieldResolver(() => EthnicGroup, { nullable: true })
  ethnicGroup(@Root() row: RollupRow, @Ctx() { session }: RequestContext): EthnicGroup | Promise<EthnicGroup | null> | null {
    return row.ethnicGroupCode === null ? null : session.loaders.ethnicGroup(row.ethnicGroupCode);
  }
}
