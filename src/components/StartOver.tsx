import { useEffect, useRef, useState } from 'react';
import type { Progress } from '../store/progress';
import { useProgress } from '../store/progressStore';
import { useUi } from './useLang';

const undoForMs = 10_000;

/** Clears progress after a confirmation, and offers an undo for a few seconds. */
export function StartOver() {
  const [t] = useUi();
  const startOver = useProgress((s) => s.startOver);
  const replaceProgress = useProgress((s) => s.replaceProgress);
  const [asking, setAsking] = useState(false);
  const [undo, setUndo] = useState<Progress | null>(null);
  const confirmRef = useRef<HTMLParagraphElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (asking) confirmRef.current?.focus();
  }, [asking]);

  useEffect(() => {
    if (!undo) return;
    const timer = setTimeout(() => setUndo(null), undoForMs);
    return () => clearTimeout(timer);
  }, [undo]);

  return (
    <div className="start-over">
      {asking ? (
        <div className="confirm-box" role="group" aria-labelledby="start-over-question">
          <p id="start-over-question" ref={confirmRef} tabIndex={-1}>
            {t.startOver.confirm}
          </p>
          <button
            type="button"
            className="danger"
            onClick={() => {
              setUndo(startOver());
              setAsking(false);
            }}
          >
            {t.startOver.yes}
          </button>
          <button
            type="button"
            onClick={() => {
              setAsking(false);
              requestAnimationFrame(() => openRef.current?.focus());
            }}
          >
            {t.startOver.no}
          </button>
        </div>
      ) : (
        <button type="button" ref={openRef} onClick={() => setAsking(true)}>
          {t.startOver.button}
        </button>
      )}
      <div role="status" className="undo-status">
        {undo && (
          <p>
            {t.startOver.done}{' '}
            <button
              type="button"
              onClick={() => {
                replaceProgress(undo);
                setUndo(null);
              }}
            >
              {t.startOver.undo}
            </button>
          </p>
        )}
      </div>
    </div>
  );
}
