import { computed, type Ref } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import { DistrictYearStatusesQuery, ProvinceYearStatusQuery } from '../graphql/periods';
import type { YearLock } from '../components/LockedYearNotice.vue';

/**
 * Which districts' years are locked (submitted or approved) for the given fiscal year, so pages that edit a
 * year's data can say so and disable their edit actions. The server refuses such writes anyway (PERIOD_LOCKED).
 */
export function useYearLocks(fiscalYear: Ref<number>) {
  const query = useQuery(DistrictYearStatusesQuery, () => ({ fiscalYear: fiscalYear.value }), { fetchPolicy: 'network-only' });
  // The province's own activities (districtId null) are locked once it closed the year.
  const province = useQuery(ProvinceYearStatusQuery, () => ({ fiscalYear: fiscalYear.value }), { fetchPolicy: 'network-only' });
  const provinceClosed = computed(() => province.result.value?.provinceYearStatus.closed === true);
  const lockedIds = computed(() => {
    const ids = new Set<number>();
    for (const row of query.result.value?.provinceReport.districts ?? []) if (row.district && row.yearStatus?.locked) ids.add(row.district.id);
    return ids;
  });
  const locks = computed<YearLock[]>(() => {
    const districts: YearLock[] = (query.result.value?.provinceReport.districts ?? [])
      .filter((row) => row.district && row.yearStatus?.locked)
      .map((row) => ({ fiscalYear: fiscalYear.value, status: row.yearStatus!.status, district: row.district!.name, districtId: row.district!.id }));
    const closed = province.result.value?.provinceYearStatus;
    return closed?.closed ? [...districts, { fiscalYear: fiscalYear.value, status: null, district: closed.closedBy ?? '?', districtId: null }] : districts;
  });
  /** True when a row of that district (null: the province's own) and year may not change. */
  const isLocked = (districtId: number | null | undefined, year: number) =>
    year === fiscalYear.value && (districtId == null ? provinceClosed.value : lockedIds.value.has(districtId));
  const lockOf = (districtId: number | null | undefined, year: number) =>
    isLocked(districtId, year) ? locks.value.find((l) => l.districtId === (districtId ?? null)) : undefined;
  return { locks, isLocked, lockOf };
}
