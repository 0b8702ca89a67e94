import type { GroupId, QuestionId, TaskId } from '../checklist';
import type { GroupTitle, QuestionDetails, QuestionTitle, TaskTitle } from '../words';
import type { en } from './en';
import type { enPages } from './en.pages';
import type { zh } from './zh';
import type { zhPages } from './zh.pages';

/*
 * Type-checks only (nothing here runs): each language's words name every task, question and group of the
 * checklist, by the ids' types. A task, question or group without its words in either language fails `tsc`;
 * words for an id that does not exist are caught by validateWords (content/validate.ts).
 */
type Names<Id extends string, T> = Readonly<Record<Id, T>>;
type Core = { readonly tasks: Names<TaskId, TaskTitle>; readonly questions: Names<QuestionId, QuestionTitle>; readonly groups: Names<GroupId, GroupTitle> };
type Pages = { readonly questions: Names<QuestionId, QuestionDetails> };

export type WordsAreComplete = [typeof zh, typeof en] extends [Core, Core] ? ([typeof zhPages, typeof enPages] extends [Pages, Pages] ? true : never) : never;
export const wordsAreComplete: WordsAreComplete = true;
