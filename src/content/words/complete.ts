import type { GroupId, QuestionId, TaskId } from '../checklist';
import type { GroupTitle, QuestionTitle, TaskTitle } from '../words';
import type { en } from './en';
import type { enAbroad } from './en.abroad';
import type { enMainland } from './en.mainland';
import type { zh } from './zh';
import type { zhAbroad } from './zh.abroad';
import type { zhMainland } from './zh.mainland';

/*
 * Type-checks only (nothing here runs): each language's words, the shared file and the two paths' together, name
 * every task, question and group of the checklist, by the ids' types. A task, question or group without its
 * words in either language fails `tsc`. Which path must name which id, and words for an id not on a path, are
 * checked by validateWords (content/validate.ts) against each path.
 */
type Names<Id extends string, T> = Readonly<Record<Id, T>>;
type Titles = { readonly tasks: Names<TaskId, TaskTitle>; readonly questions: Names<QuestionId, QuestionTitle>; readonly groups: Names<GroupId, GroupTitle> };
type Joined<Core extends { questions: object }, M extends { questions: object; tasks: object; groups: object }, A extends { questions: object; tasks: object; groups: object }> = {
  readonly questions: Core['questions'] & M['questions'] & A['questions'];
  readonly tasks: M['tasks'] & A['tasks'];
  readonly groups: M['groups'] & A['groups'];
};

export type WordsAreComplete = [Joined<typeof zh, typeof zhMainland, typeof zhAbroad>, Joined<typeof en, typeof enMainland, typeof enAbroad>] extends [Titles, Titles] ? true : never;
export const wordsAreComplete: WordsAreComplete = true;
