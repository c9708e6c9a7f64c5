import { computed, ref, watch } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import { CommuneOptionsQuery, DistrictsQuery } from '../graphql/geography';
import { useSession } from './session';

/**
 * The district being worked on (a district user's own; the province picks one) and its communes
 * with their villages, for the selects of filters and forms.
 */
export function useGeography() {
  const { user } = useSession();
  const districtsQuery = useQuery(DistrictsQuery);
  const districts = computed(() => districtsQuery.result.value?.districts ?? []);
  const districtId = ref<number | null>(user.value?.district?.id ?? null);
  watch(
    districts,
    (list) => {
      if (districtId.value === null && list.length > 0) districtId.value = list[0].id;
    },
    { immediate: true },
  );

  const communesQuery = useQuery(
    CommuneOptionsQuery,
    () => ({ districtId: districtId.value ?? 0 }),
    () => ({ enabled: districtId.value !== null }),
  );
  const communes = computed(() => communesQuery.result.value?.communes ?? []);
  const villagesOf = (communeId: number | null | undefined) => communes.value.find((c) => c.id === communeId)?.villages ?? [];

  return { districts, districtId, communes, villagesOf };
}
