import { create } from 'zustand';
import { useDevice } from '../store/lines';
import { useProgress } from '../store/progressStore';
import { pathOf } from '../content/paths';
import type { Lang, Path } from '../content/types';
import { dateLocale, type CoreUi, type UiText } from '../content/ui';
import { joinCore, joinWords, type CoreFile, type CoreWords, type PagesFile, type PathFile, type PathPagesFile, type Words } from '../content/words';

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
 * A language's words are six files, each loaded only when needed: what every page shows (`zh.ts`) and the
 * pages' own interface (`zh.pages.ts`); for each path (a mainland number, one from abroad) its titles
 * (`zh.mainland.ts`), loaded before the first render once the path is known, and what its task and questions
 * pages say (`zh.mainland.pages.ts`), loaded with the first of those pages. The other path's are never loaded.
 */
export interface LangFiles {
  readonly core?: CoreFile;
  readonly pages?: PagesFile;
  readonly mainland?: PathFile;
  readonly mainlandPages?: PathPagesFile;
  readonly abroad?: PathFile;
  readonly abroadPages?: PathPagesFile;
}
type Part = keyof LangFiles;

const files: Readonly<Record<Lang, { readonly [P in Part]-?: () => Promise<NonNullable<LangFiles[P]>> }>> = {
  zh: {
    core: () => import('../content/words/zh').then((m) => m.zh),
    pages: () => import('../content/words/zh.pages').then((m) => m.zhPages),
    mainland: () => import('../content/words/zh.mainland').then((m) => m.zhMainland),
    mainlandPages: () => import('../content/words/zh.mainland.pages').then((m) => m.zhMainlandPages),
    abroad: () => import('../content/words/zh.abroad').then((m) => m.zhAbroad),
    abroadPages: () => import('../content/words/zh.abroad.pages').then((m) => m.zhAbroadPages),
  },
  en: {
    core: () => import('../content/words/en').then((m) => m.en),
    pages: () => import('../content/words/en.pages').then((m) => m.enPages),
    mainland: () => import('../content/words/en.mainland').then((m) => m.enMainland),
    mainlandPages: () => import('../content/words/en.mainland.pages').then((m) => m.enMainlandPages),
    abroad: () => import('../content/words/en.abroad').then((m) => m.enAbroad),
    abroadPages: () => import('../content/words/en.abroad.pages').then((m) => m.enAbroadPages),
  },
};

export const useLoadedWords = create<Partial<Record<Lang, LangFiles>>>(() => ({}));

/** The files a page needs: the core and the path's titles; with `pages`, the pages' words too. */
function partsFor(path: Path, pages: boolean): Part[] {
  return pages ? ['core', path, 'pages', `${path}Pages`] : ['core', path];
}

/**
 * Loads a language's words for a path (a mainland number's until the first answer says otherwise), with the pages' words when `pages`
 * is set. The state changes once, when everything asked for is in, so the page switches language in one step.
 */
export async function loadWords(lang: Lang, path: Path, { pages }: { pages: boolean }): Promise<void> {
  const missing = partsFor(path, pages).filter((part) => !useLoadedWords.getState()[lang]?.[part]);
  if (missing.length === 0) return;
  const loaded = await Promise.all(missing.map((part) => files[lang][part]()));
  const added = Object.fromEntries(missing.map((part, i) => [part, loaded[i]])) as LangFiles;
  useLoadedWords.setState((state) => ({ [lang]: { ...state[lang], ...added } }));
}

const otherLang = (lang: Lang): Lang => (lang === 'zh' ? 'en' : 'zh');

/** Whether a language's words for the first render of a path are in. */
const ready = (loaded: Partial<Record<Lang, LangFiles>>, lang: Lang, path: Path) => partsFor(path, false).every((part) => loaded[lang]?.[part]);

/**
 * The language on screen: the chosen one once its words are loaded; until then (a switch in another tab, say)
 * the one already on screen, so a page never mixes the two.
 */
function shownLang(chosen: Lang, path: Path, loaded: Partial<Record<Lang, LangFiles>>): Lang {
  return ready(loaded, chosen, path) || !ready(loaded, otherLang(chosen), path) ? chosen : otherLang(chosen);
}

/** The list the open line is on (from its first answer), outside React. */
export function currentPath(): Path {
  return pathOf(useProgress.getState().answers);
}

/** The language on screen now, outside React: navigation loads its page words. */
export function currentLang(): Lang {
  return shownLang(chosenLang(useDevice.getState().lang), currentPath(), useLoadedWords.getState());
}

// Joined words, made once per set of loaded files.
const joinedCore = new WeakMap<CoreFile, Map<PathFile | undefined, CoreWords>>();
const joinedAll = new WeakMap<CoreWords, Map<PathPagesFile | undefined, Words>>();
function coreOf(files: LangFiles, path: Path): CoreWords | undefined {
  if (!files.core) return undefined;
  const pathFile = files[path];
  const byPath = joinedCore.get(files.core) ?? new Map<PathFile | undefined, CoreWords>();
  joinedCore.set(files.core, byPath);
  const words = byPath.get(pathFile) ?? joinCore(files.core, pathFile ?? null);
  byPath.set(pathFile, words);
  return words;
}
function allOf(files: LangFiles, path: Path): Words | undefined {
  const core = coreOf(files, path);
  if (!core || !files.pages) return undefined;
  const pathPages = files[`${path}Pages`];
  const byPath = joinedAll.get(core) ?? new Map<PathPagesFile | undefined, Words>();
  joinedAll.set(core, byPath);
  const words = byPath.get(pathPages) ?? joinWords(core, files.pages, pathPages ?? null);
  byPath.set(pathPages, words);
  return words;
}

/** What is loaded of the language on screen, its language and the path. */
function useShown(): [LangFiles | undefined, Lang, Path] {
  const loaded = useLoadedWords();
  const path = useProgress((s) => pathOf(s.answers));
  const lang = shownLang(chosenLang(useDevice((s) => s.lang)), path, loaded);
  return [loaded[lang], lang, path];
}

/**
 * The words every page shows, and their language. Right after the list changes path (the first answer), its
 * titles may be a moment away: the page shows what it has, and they follow.
 */
export function useWords(): [CoreWords, Lang] {
  const [files, lang, path] = useShown();
  const words = files && coreOf(files, path);
  if (!words) throw new Error(`No words loaded for ${lang}: main.tsx loads them before the first render.`);
  return [words, lang];
}

/**
 * Every word of the language on screen, for the pages loaded on demand: navigation loads their words with them,
 * and a language switch loads both parts.
 */
export function useAllWords(): [Words, Lang] {
  const [files, lang, path] = useShown();
  const words = files && allOf(files, path);
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
