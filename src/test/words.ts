import type { Lang, Path } from '../content/types';
import { joinCore, joinWords, type Words } from '../content/words';
import type { LangFiles } from '../i18n/useLang';
import { en } from '../content/words/en';
import { enAbroad } from '../content/words/en.abroad';
import { enAbroadPages } from '../content/words/en.abroad.pages';
import { enMainland } from '../content/words/en.mainland';
import { enMainlandPages } from '../content/words/en.mainland.pages';
import { enPages } from '../content/words/en.pages';
import { zh } from '../content/words/zh';
import { zhAbroad } from '../content/words/zh.abroad';
import { zhAbroadPages } from '../content/words/zh.abroad.pages';
import { zhMainland } from '../content/words/zh.mainland';
import { zhMainlandPages } from '../content/words/zh.mainland.pages';
import { zhPages } from '../content/words/zh.pages';

/** Every words file of both languages, as the page loads them. */
export const wordFiles: Readonly<Record<Lang, Required<LangFiles>>> = {
  zh: { core: zh, pages: zhPages, mainland: zhMainland, mainlandPages: zhMainlandPages, abroad: zhAbroad, abroadPages: zhAbroadPages },
  en: { core: en, pages: enPages, mainland: enMainland, mainlandPages: enMainlandPages, abroad: enAbroad, abroadPages: enAbroadPages },
};

/** A language's words on a path, every part joined: what the page shows once all is loaded. */
export function wordsOn(lang: Lang, path: Path): Words {
  const f = wordFiles[lang];
  return joinWords(joinCore(f.core, f[path]), f.pages, f[`${path}Pages`]);
}

/** Both languages' words on the mainland list: what tests and the journeys read the page's text from. */
export const allWords: Readonly<Record<Lang, Words>> = { zh: wordsOn('zh', 'mainland'), en: wordsOn('en', 'mainland') };
/** Both languages' words on the list for a number from abroad. */
export const abroadWords: Readonly<Record<Lang, Words>> = { zh: wordsOn('zh', 'abroad'), en: wordsOn('en', 'abroad') };
