import { computed } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { useQuery } from '@vue/apollo-composable';
import { ActiveYearsQuery } from '../graphql/periods';
import { currentYear } from '../format';

/** A year the portal holds (the server refuses others with fiscalYear). */
const isYear = (n: number) => Number.isInteger(n) && n >= 2000 && n <= 2100;

/**
 * The year every yearly page shows, kept in the URL (?year=2025) so a reload or a shared link keeps it.
 * Without one, the newest year with funding or activities the caller sees (activeYears), so January does
 * not open on an empty, unfunded year; the calendar year when there is none. `ready` is false until that
 * is known: pages wait for it rather than ask for the calendar year first.
 */
export function usePickedYear() {
  const route = useRoute();
  const router = useRouter();
  const active = useQuery(ActiveYearsQuery);
  const fromUrl = computed(() => {
    const n = Number(route.query.year);
    return isYear(n) ? n : null;
  });
  const known = computed(() => active.result.value?.activeYears);
  const ready = computed(() => fromUrl.value !== null || known.value !== undefined || active.error.value !== null);
  const year = computed(() => fromUrl.value ?? known.value?.[0] ?? currentYear());
  /** The years offered: those with data, the calendar year and the next (to fund it ahead), and the one shown. */
  const choices = computed(() => {
    const now = currentYear();
    return [...new Set([...(known.value ?? []), now + 1, now, year.value])].sort((a, b) => b - a);
  });
  function pick(value: number): void {
    if (isYear(value)) void router.replace({ query: { ...route.query, year: String(value) } });
  }
  return { year, ready, choices, pick };
}
