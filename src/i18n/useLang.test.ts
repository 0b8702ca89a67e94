import { afterEach, describe, expect, it } from 'vitest';
import { currentLang, loadWords, useLoadedWords } from './useLang';
import { useDevice } from '../store/lines';
import { allWords } from '../test/words';

const preloaded = useLoadedWords.getState();
afterEach(() => useLoadedWords.setState(preloaded, true));

describe('loading a language’s words', () => {
  it('loads the core alone for the overview, then the page words on top, joined by id', async () => {
    useLoadedWords.setState({}, true);
    await loadWords('en', { pages: false });
    expect(useLoadedWords.getState().en?.core.tasks.checkStatus?.title).toBe(allWords.en.tasks.checkStatus?.title);
    expect(useLoadedWords.getState().en?.all).toBeUndefined();
    expect(useLoadedWords.getState().zh).toBeUndefined();

    await loadWords('en', { pages: true });
    const all = useLoadedWords.getState().en?.all;
    expect(all?.tasks.checkStatus).toEqual(allWords.en.tasks.checkStatus);
    expect(all?.tasks.checkStatus?.ask?.length).toBeGreaterThan(3);
    expect(all?.ui.appTitle).toBe(allWords.en.ui.appTitle);
    expect(all?.ui.note.label).toBe(allWords.en.ui.note.label);
  });

  it('keeps the page words when the core is asked for again', async () => {
    useLoadedWords.setState({}, true);
    await loadWords('zh', { pages: true });
    await loadWords('zh', { pages: false });
    expect(useLoadedWords.getState().zh?.all?.ui.copy.ask).toBe(allWords.zh.ui.copy.ask);
  });

  it('keeps the language on screen until the chosen one’s words are in', async () => {
    useLoadedWords.setState({}, true);
    useDevice.getState().setLang('zh');
    await loadWords('zh', { pages: false });
    useDevice.getState().setLang('en');
    expect(currentLang()).toBe('zh');
    await loadWords('en', { pages: true });
    expect(currentLang()).toBe('en');
  });
});
