import { create } from 'zustand';
import { useDevice } from '../store/lines';
import type { Lang } from '../content/types';
import { dateLocale, type CoreUi, type UiText } from '../content/ui';
import { joinWords, type CoreWords, type PageWords, type Words } from '../content/words';

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

/**
 * Each language's words are two files: what every page shows (`zh.ts`), loaded before the first render, and
 * what the task, questions, print and data pages say (`zh.pages.ts`), loaded with the first of them.
 */
const coreFiles: Readonly<Record<Lang, () => Promise<CoreWords>>> = {
  zh: () => import('../content/words/zh').then((m) => m.zh),
  en: () => import('../content/words/en').then((m) => m.en),
};
const pageFiles: Readonly<Record<Lang, () => Promise<PageWords>>> = {
  zh: () => import('../content/words/zh.pages').then((m) => m.zhPages),
  en: () => import('../content/words/en.pages').then((m) => m.enPages),
};

/** A language's words loaded so far: always the core; `all` once its page words are in too. */
export interface LoadedWords {
  readonly core: CoreWords;
  readonly all?: Words;
}

export const useLoadedWords = create<Partial<Record<Lang, LoadedWords>>>(() => ({}));

/**
 * Loads a language's words, with its page words when `pages` is set. The state changes once, when everything
 * asked for is in, so the page switches language in one step.
 */
export async function loadWords(lang: Lang, { pages }: { pages: boolean }): Promise<void> {
  const have = useLoadedWords.getState()[lang];
  if (have && (have.all || !pages)) return;
  const [core, pageWords] = await Promise.all([have ? have.core : coreFiles[lang](), pages ? pageFiles[lang]() : null]);
  useLoadedWords.setState((loaded) => {
    const all = loaded[lang]?.all ?? (pageWords ? joinWords(core, pageWords) : undefined);
    return { [lang]: all ? { core, all } : { core } };
  });
}

const otherLang = (lang: Lang): Lang => (lang === 'zh' ? 'en' : 'zh');

/**
 * The language on screen: the chosen one once its words are loaded; until then (a switch in another tab, say)
 * the one already on screen, so a page never mixes the two.
 */
function shownLang(chosen: Lang, loaded: Partial<Record<Lang, LoadedWords>>): Lang {
  return loaded[chosen] || !loaded[otherLang(chosen)] ? chosen : otherLang(chosen);
}

/** The language on screen now, outside React: navigation loads its page words. */
export function currentLang(): Lang {
  return shownLang(chosenLang(useDevice.getState().lang), useLoadedWords.getState());
}

/** What is loaded of the language on screen, and that language. */
function useShown(): [LoadedWords | undefined, Lang] {
  const loaded = useLoadedWords();
  const lang = shownLang(chosenLang(useDevice((s) => s.lang)), loaded);
  return [loaded[lang], lang];
}

/** The words every page shows, and their language. */
export function useWords(): [CoreWords, Lang] {
  const [words, lang] = useShown();
  if (!words) throw new Error(`No words loaded for ${lang}: main.tsx loads them before the first render.`);
  return [words.core, lang];
}

/**
 * Every word of the language on screen, for the pages loaded on demand: navigation loads their words with them,
 * and a language switch loads both parts.
 */
export function useAllWords(): [Words, Lang] {
  const [shown, lang] = useShown();
  const words = shown?.all;
  if (!words) throw new Error(`No page words loaded for ${lang}: navigation loads them with the page.`);
  return [words, lang];
}

export function useAllUi(): [UiText, Lang] {
  const [words, lang] = useAllWords();
  return [words.ui, lang];
}

export function useUi(): [CoreUi, Lang] {
  const [words, lang] = useWords();
  return [words.ui, lang];
}

/** The locale for dates on this page (the language on screen, the browser's region). */
export function useDateLocale(): string {
  return dateLocale(useWords()[1], globalThis.navigator?.languages ?? []);
}
