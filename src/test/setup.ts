import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
});

import { beforeEach } from 'vitest';
import { useProgress } from '../store/progressStore';
import { useLineUndo } from '../store/lineActions';
import { useCurrentLine, useDevice } from '../store/lines';
import { initialStorageStatus, useStorageStatus } from '../store/progressStorage';
import { useLoadedWords } from '../i18n/useLang';
import { wordFiles } from './words';

// Both languages' words, every file of both paths, as if loaded: the page loads them before it shows a page,
// tests do not wait.
useLoadedWords.setState(wordFiles);

// One store: clear what it saved and put it back to its initial state before every test.
beforeEach(() => {
  if (typeof window === 'undefined') return; // node-environment tests (lint boundary) have no storage
  localStorage.clear();
  sessionStorage.clear();
  // One line, as on a first visit.
  const device = useDevice.getInitialState();
  useDevice.setState(device, true);
  useCurrentLine.setState({ id: device.lastLine });
  useLineUndo.setState({ removed: null });
  void useProgress.persist.rehydrate();
  useProgress.setState(useProgress.getInitialState(), true);
  useStorageStatus.setState(initialStorageStatus, true);
});
