import type { Lang } from '../content/types';
import { joinWords, type Words } from '../content/words';
import { en } from '../content/words/en';
import { enPages } from '../content/words/en.pages';
import { zh } from '../content/words/zh';
import { zhPages } from '../content/words/zh.pages';

/** Both languages' words, both parts joined: what tests and the journeys read the page's text from. */
export const allWords: Readonly<Record<Lang, Words>> = { zh: joinWords(zh, zhPages), en: joinWords(en, enPages) };
