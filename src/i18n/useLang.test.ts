import { afterEach, describe, expect, it } from 'vitest';
import { currentLang, loadWords, useLoadedWords } from './useLang';
import { useDevice } from '../store/lines';
import { wordFiles } from '../test/words';

const preloaded = useLoadedWords.getState();
afterEach(() => useLoadedWords.setState(preloaded, true));

describe('loading a language’s words', () => {
  it('loads the core and the path’s titles for the overview, then the pages’ words on top; never the other path’s', async () => {
    useLoadedWords.setState({}, true);
    await loadWords('en', 'mainland', { pages: false });
    expect(Object.keys(useLoadedWords.getState().en ?? {}).sort()).toEqual(['core', 'mainland']);
    expect(useLoadedWords.getState().en?.mainland?.tasks.checkStatus?.title).toBe(wordFiles.en.mainland.tasks.checkStatus?.title);
    expect(useLoadedWords.getState().zh).toBeUndefined();

    await loadWords('en', 'mainland', { pages: true });
    expect(Object.keys(useLoadedWords.getState().en ?? {}).sort()).toEqual(['core', 'mainland', 'mainlandPages', 'pages']);
    expect(useLoadedWords.getState().en?.mainlandPages?.tasks.checkStatus?.ask?.length).toBeGreaterThan(3);
  });

  it('a number from abroad loads its own titles and pages, and no mainland words', async () => {
    useLoadedWords.setState({}, true);
    await loadWords('zh', 'abroad', { pages: true });
    expect(Object.keys(useLoadedWords.getState().zh ?? {}).sort()).toEqual(['abroad', 'abroadPages', 'core', 'pages']);
    expect(useLoadedWords.getState().zh?.abroad?.tasks.keepAlive?.title).toBe(wordFiles.zh.abroad.tasks.keepAlive?.title);
  });

  it('keeps the page words when the core is asked for again', async () => {
    useLoadedWords.setState({}, true);
    await loadWords('zh', 'mainland', { pages: true });
    await loadWords('zh', 'mainland', { pages: false });
    expect(useLoadedWords.getState().zh?.pages?.ui.copy.ask).toBe(wordFiles.zh.pages.ui.copy.ask);
  });

  it('keeps the language on screen until the chosen one’s words are in', async () => {
    useLoadedWords.setState({}, true);
    useDevice.getState().setLang('zh');
    await loadWords('zh', 'mainland', { pages: false });
    useDevice.getState().setLang('en');
    expect(currentLang()).toBe('zh');
    await loadWords('en', 'mainland', { pages: true });
    expect(currentLang()).toBe('en');
  });
});
