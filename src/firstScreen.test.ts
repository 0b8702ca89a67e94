import { describe, expect, it } from 'vitest';
import { showsFirstScreen } from './firstScreen';

const ticks = {};
const initialState = { lang: null, ticks, note: '', act: () => undefined };
const storageOk = { unavailable: false };
const start = (patch: object = {}) => ({
  state: initialState,
  initialState,
  storageStatus: storageOk,
  initialStorageStatus: storageOk,
  lang: 'zh' as const,
  ...patch,
});

describe('showsFirstScreen: whether the prerendered first screen is what this browser renders', () => {
  it('is: the initial state, untouched storage, the default language', () => {
    expect(showsFirstScreen(start(), 'zh')).toBe(true);
    expect(showsFirstScreen(start({ state: { ...initialState } }), 'zh')).toBe(true); // persist copies, same values
  });

  it('is not in another language', () => {
    expect(showsFirstScreen(start({ lang: 'en' }), 'zh')).toBe(false);
  });

  it('is not once anything was loaded from storage, even an empty copy of a field', () => {
    expect(showsFirstScreen(start({ state: { ...initialState, lang: 'zh' } }), 'zh')).toBe(false);
    expect(showsFirstScreen(start({ state: { ...initialState, ticks: {} } }), 'zh')).toBe(false);
    expect(showsFirstScreen(start({ state: { ...initialState, extra: 1 } }), 'zh')).toBe(false);
  });

  it('is not when storage has something to say (switched off, corrupt, newer)', () => {
    expect(showsFirstScreen(start({ storageStatus: { unavailable: true } }), 'zh')).toBe(false);
  });
});
