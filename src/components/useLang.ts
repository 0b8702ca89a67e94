import { useProgress } from '../store/progressStore';
import type { Lang } from '../content/types';
import { ui, type UiText } from '../content/ui';

/** The browser's preference: any Chinese variant → Chinese, anything else → English. */
export function browserLang(languages: readonly string[] = navigator.languages): Lang {
  const first = languages[0] ?? navigator.language;
  return first?.toLowerCase().startsWith('zh') ? 'zh' : 'en';
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
