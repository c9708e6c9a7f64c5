import { computed, inject, type InjectionKey } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import { EthnicGroupsQuery } from '../graphql/reference';

export interface EthnicGroupOption {
  code: string;
  name: string;
  nameAlt?: string | null;
}

/** Lower case without diacritics, so that "tay" finds "Tày" and "hmong" finds "Hmông". */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[\s-]+/g, ' ')
    .trim();
}

/** A group matches its code's start, or any part of its name or alternate name, diacritics ignored. */
export function matchesEthnicGroup(group: EthnicGroupOption, query: string): boolean {
  const wanted = foldVietnamese(query);
  if (wanted === '') return true;
  if (/^\d+$/.test(wanted)) return group.code.startsWith(wanted);
  return [group.name, group.nameAlt].some((name) => name != null && foldVietnamese(name).includes(wanted));
}

/** The groups copied to the device (offline/), provided by the offline page so its forms work without signal. */
export const DEVICE_ETHNIC_GROUPS: InjectionKey<EthnicGroupOption[]> = Symbol('device ethnic groups');

/** The 54 groups, read once per session (reference data: Apollo's cache keeps them). */
export function useEthnicGroups() {
  const onDevice = inject(DEVICE_ETHNIC_GROUPS, null);
  if (onDevice) return computed(() => onDevice);
  const query = useQuery(EthnicGroupsQuery);
  return computed<EthnicGroupOption[]>(() => query.result.value?.ethnicGroups ?? []);
}
