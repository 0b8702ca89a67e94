import { create } from 'zustand';
import { useProgress } from '../store/progressStore';
import type { Lang } from '../content/types';
import { dateLocale, type UiText } from '../content/ui';
import type { Words } from '../content/words';

/** The page's own language: the source article's. */
const defaultLang: Lang = 'zh';

/** The browser's preference: any Chinese variant → Chinese, anything else → English. */
function browserLang(languages: readonly string[] | undefined = globalThis.navigator?.languages): Lang {
  const first = languages?.[0] ?? globalThis.navigator?.language;
  if (first === undefined) return defaultLang;
  return first.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** `?lang=zh` or `?lang=en` in the address, if present. */
export function langFromAddress(search: string = location.search): Lang | null {
  const value = new URLSearchParams(search).get('lang');
  return value === 'zh' || value === 'en' ? value : null;
}

/** The language the person chose, or the browser's. */
export function chosenLang(chosen: Lang | null): Lang {
  return chosen ?? browserLang();
}

/** Each language's words are a file of their own, loaded when that language is first shown. */
const wordFiles: Readonly<Record<Lang, () => Promise<Words>>> = {
  zh: () => import('../content/words/zh').then((m) => m.zh),
  en: () => import('../content/words/en').then((m) => m.en),
};

/** The words loaded so far, by language. */
export const useLoadedWords = create<Partial<Record<Lang, Words>>>(() => ({}));

export async function loadWords(lang: Lang): Promise<Words> {
  const loaded = useLoadedWords.getState()[lang];
  if (loaded) return loaded;
  const words = await wordFiles[lang]();
  useLoadedWords.setState({ [lang]: words });
  return words;
}

/**
 * The words on screen and their language: the chosen language's once loaded; until then (a switch in another
 * tab, say) the language already on screen, so a page never mixes the two.
 */
export function useWords(): [Words, Lang] {
  const lang = chosenLang(useProgress((s) => s.lang));
  const loaded = useLoadedWords();
  const words = loaded[lang];
  if (words) return [words, lang];
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  const fallback = loaded[other];
  if (!fallback) throw new Error(`No words loaded for ${lang}: main.tsx loads them before the first render.`);
  return [fallback, other];
}

export function useUi(): [UiText, Lang] {
  const [words, lang] = useWords();
  return [words.ui, lang];
}

/** The locale for dates on this page (the language on screen, the browser's region). */
export function useDateLocale(): string {
  return dateLocale(useWords()[1], globalThis.navigator?.languages ?? []);
}
