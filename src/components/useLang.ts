import { useProgress } from '../store/progressStore';
import type { Lang } from '../content/types';
import { dateLocale, ui, type UiText } from '../content/ui';

/** The page's own language: the source article's, and the one the build prerenders. */
export const defaultLang: Lang = 'zh';

/**
 * The browser's preference: any Chinese variant → Chinese, anything else → English. With no browser to ask
 * (the build's prerender), the default.
 */
export function browserLang(languages: readonly string[] | undefined = globalThis.navigator?.languages): Lang {
  const first = languages?.[0] ?? globalThis.navigator?.language;
  if (first === undefined) return defaultLang;
  return first.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** `?lang=zh` or `?lang=en` in the address, if present. */
export function langFromAddress(search: string = location.search): Lang | null {
  const value = new URLSearchParams(search).get('lang');
  return value === 'zh' || value === 'en' ? value : null;
}

export function useLang(): Lang {
  const chosen = useProgress((s) => s.lang);
  return chosen ?? browserLang();
}

export function useUi(): [UiText, Lang] {
  const lang = useLang();
  return [ui[lang], lang];
}

/** The locale for dates on this page (the language chosen, the browser's region). */
export function useDateLocale(): string {
  return dateLocale(useLang(), globalThis.navigator?.languages ?? []);
}
