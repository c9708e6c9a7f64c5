import { reactive, watch } from 'vue';
import { useRoute, useRouter } from 'vue-router';

type Value = string | number | null;

/**
 * A list's filters kept in the URL query (?communeId=12&gender=FEMALE), so a record opened from the list
 * comes back to it as it was, and a reload or a shared link keeps them. Values equal to their default stay
 * out of the URL. A default that is not a string (a number or null) reads the query as a number.
 */
export function useUrlState<T extends Record<string, Value>>(defaults: T): T {
  const route = useRoute();
  const router = useRouter();
  const state = reactive({ ...defaults }) as T;
  for (const key of Object.keys(defaults) as (keyof T & string)[]) {
    const raw = route.query[key];
    if (typeof raw !== 'string' || raw === '') continue;
    if (typeof defaults[key] === 'string') state[key] = raw as T[typeof key];
    else if (Number.isFinite(Number(raw))) state[key] = Number(raw) as T[typeof key];
  }
  watch(
    () => ({ ...state }),
    (now) => {
      const query = { ...route.query };
      for (const key of Object.keys(defaults)) {
        if (now[key] === defaults[key] || now[key] === null || now[key] === '') delete query[key];
        else query[key] = String(now[key]);
      }
      void router.replace({ query });
    },
  );
  return state;
}
