import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { safeStorage } from './safeStorage';
import type { Answer, Lang, Method } from '../content/types';

/** A tick, with when it was made (ms since the epoch). */
export interface Tick {
  readonly at: number;
}

export interface CustomEntry {
  readonly id: string;
  readonly label: string;
}

export interface Confirmation {
  /** YYYY-MM-DD, as the date input gives it. */
  readonly date: string;
  readonly reference: string;
}

/** Everything the person did, and nothing derived. This is what is saved. */
export interface Progress {
  readonly answers: Readonly<Record<string, Answer>>;
  /** Steps, sub-items (`unbind.wechat`) and own entries (`custom.<id>`) by id. */
  readonly ticks: Readonly<Record<string, Tick>>;
  readonly method: Method | null;
  readonly notes: Readonly<Record<string, string>>;
  readonly customEntries: readonly CustomEntry[];
  readonly confirmation: Confirmation | null;
  /** The language the person chose; null follows the browser. */
  readonly lang: Lang | null;
}

export const limits = {
  note: 500,
  customLabel: 60,
  customEntries: 30,
  reference: 80,
} as const;

export const emptyProgress: Progress = {
  answers: {},
  ticks: {},
  method: null,
  notes: {},
  customEntries: [],
  confirmation: null,
  lang: null,
};

export interface Actions {
  answer: (questionId: string, answer: Answer) => void;
  setTicked: (id: string, ticked: boolean) => void;
  chooseMethod: (method: Method) => void;
  setNote: (stepId: string, note: string) => void;
  addCustomEntry: (label: string) => void;
  renameCustomEntry: (id: string, label: string) => void;
  removeCustomEntry: (id: string) => void;
  confirm: (confirmation: Confirmation | null) => void;
  setLang: (lang: Lang) => void;
  /** Clears the person's progress (the language stays) and returns what it was, for an undo. */
  startOver: () => Progress;
  /** Puts back progress returned by startOver. */
  replaceProgress: (progress: Progress) => void;
}

export type State = Progress & Actions;

export const storageKey = 'cancel-line:progress';
export const schemaVersion = 1;

/** Trims and shortens a person's text to a limit, counting characters rather than UTF-16 units. */
export function clip(text: string, max: number): string {
  return Array.from(text).slice(0, max).join('');
}

let idCounter = 0;
function newId(): string {
  idCounter += 1;
  return `${Date.now().toString(36)}${idCounter.toString(36)}`;
}

function withoutKey<T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> {
  const copy = { ...record };
  delete copy[key];
  return copy;
}

export function progressOf(state: Progress): Progress {
  const { answers, ticks, method, notes, customEntries, confirmation, lang } = state;
  return { answers, ticks, method, notes, customEntries, confirmation, lang };
}

export const useProgress = create<State>()(
  persist(
    (set, get) => ({
      ...emptyProgress,
      answer: (questionId, answer) => set((s) => ({ answers: { ...s.answers, [questionId]: answer } })),
      setTicked: (id, ticked) =>
        set((s) => {
          if (ticked === Object.hasOwn(s.ticks, id)) return {};
          return { ticks: ticked ? { ...s.ticks, [id]: { at: Date.now() } } : withoutKey(s.ticks, id) };
        }),
      chooseMethod: (method) => set({ method }),
      setNote: (stepId, note) =>
        set((s) => {
          const text = clip(note, limits.note);
          return { notes: text.trim() ? { ...s.notes, [stepId]: text } : withoutKey(s.notes, stepId) };
        }),
      addCustomEntry: (label) =>
        set((s) => {
          const text = clip(label.trim(), limits.customLabel);
          if (!text || s.customEntries.length >= limits.customEntries) return {};
          return { customEntries: [...s.customEntries, { id: newId(), label: text }] };
        }),
      renameCustomEntry: (id, label) =>
        set((s) => {
          const text = clip(label.trim(), limits.customLabel);
          if (!text) return {};
          return { customEntries: s.customEntries.map((e) => (e.id === id ? { ...e, label: text } : e)) };
        }),
      removeCustomEntry: (id) =>
        set((s) => ({
          customEntries: s.customEntries.filter((e) => e.id !== id),
          ticks: withoutKey(s.ticks, `custom.${id}`),
        })),
      confirm: (confirmation) =>
        set({
          confirmation: confirmation && {
            date: confirmation.date,
            reference: clip(confirmation.reference.trim(), limits.reference),
          },
        }),
      setLang: (lang) => set({ lang }),
      startOver: () => {
        const before = progressOf(get());
        set({ ...emptyProgress, lang: before.lang });
        return before;
      },
      replaceProgress: (progress) => set(progressOf(progress)),
    }),
    {
      name: storageKey,
      version: schemaVersion,
      storage: safeStorage<Progress>(schemaVersion),
      partialize: (state: State): Progress => progressOf(state),
    },
  ),
);
