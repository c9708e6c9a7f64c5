import { computed, type Ref } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import { DistrictYearStatusesQuery } from '../graphql/periods';
import type { YearLock } from '../components/LockedYearNotice.vue';

/**
 * Which districts' years are locked (submitted or approved) for the given fiscal year, so pages that edit a
 * year's data can say so and disable their edit actions. The server refuses such writes anyway (PERIOD_LOCKED).
 */
export function useYearLocks(fiscalYear: Ref<number>) {
  const query = useQuery(DistrictYearStatusesQuery, () => ({ fiscalYear: fiscalYear.value }), { fetchPolicy: 'network-only' });
  const lockedIds = computed(() => {
    const ids = new Set<number>();
    for (const row of query.result.value?.provinceReport.districts ?? []) if (row.district && row.yearStatus?.locked) ids.add(row.district.id);
    return ids;
  });
  const locks = computed<YearLock[]>(() =>
    (query.result.value?.provinceReport.districts ?? [])
      .filter((row) => row.district && row.yearStatus?.locked)
      .map((row) => ({ fiscalYear: fiscalYear.value, status: row.yearStatus!.status, district: row.district!.name, districtId: row.district!.id })),
  );
  /** True when a row of that district and year may not change. */
  const isLocked = (districtId: number | null | undefined, year: number) => year === fiscalYear.value && districtId != null && lockedIds.value.has(districtId);
  const lockOf = (districtId: number | null | undefined, year: number) =>
    (isLocked(districtId, year) ? locks.value.find((l) => l.districtId === districtId) : undefined);
  return { locks, isLocked, lockOf, refetch: () => query.refetch() };
}
