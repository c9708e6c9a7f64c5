import { getCurrentScope, onScopeDispose, ref, type Ref } from 'vue';

/**
 * The layout's breakpoints, in one place (styles.css repeats the same widths in its @media rules).
 * A phone (390 px) gets full-screen dialogs and only the key columns of a list; a tablet held upright
 * (768 px) and a phone get the navigation as a drawer behind a menu button; 1024 px and wider keep the
 * side menu.
 */
export const PHONE = '(max-width: 767px)';
export const NARROW = '(max-width: 1023px)';

function useMedia(query: string): Ref<boolean> {
  // happy-dom in the unit tests and old browsers may lack matchMedia: they get the desktop layout.
  const list = typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia(query) : null;
  const matches = ref(list?.matches ?? false);
  if (list) {
    const follow = (e: MediaQueryListEvent) => (matches.value = e.matches);
    list.addEventListener('change', follow);
    if (getCurrentScope()) onScopeDispose(() => list.removeEventListener('change', follow));
  }
  return matches;
}

/** True on a phone: dialogs go full screen, lists hide their secondary columns. */
export const useSmallScreen = (): Ref<boolean> => useMedia(PHONE);

/** True on a phone or an upright tablet: the navigation moves into a drawer. */
export const useNarrowScreen = (): Ref<boolean> => useMedia(NARROW);
