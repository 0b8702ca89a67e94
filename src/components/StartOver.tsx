import { useState } from 'react';
import { flushSync } from 'react-dom';
import { actions, useStartOverUndo } from '../store/progressActions';
import { useReadOnly } from '../store/progressStorage';
import { describedWith } from './ReadOnlyNote';
import { useAllUi } from '../i18n/useLang';

/** Clears progress after a confirmation; the undo stays until the person changes something. */
export function StartOver() {
  const [t] = useAllUi();
  const canUndo = useStartOverUndo((s) => s.previous !== null);
  const [asking, setAsking] = useState(false);
  const readOnly = useReadOnly();

  return (
    <div className="start-over">
      {asking ? (
        <div className="confirm-box" role="group" aria-labelledby="start-over-question">
          <p id="start-over-question" tabIndex={-1}>
            {t.startOver.confirm}
          </p>
          <button
            type="button"
            className="danger"
            onClick={() => {
              flushSync(() => {
                actions.startOver();
                setAsking(false);
              });
              document.getElementById('start-over-undo')?.focus();
            }}
          >
            {t.startOver.yes}
          </button>
          <button
            type="button"
            onClick={() => {
              flushSync(() => setAsking(false));
              document.getElementById('start-over-open')?.focus();
            }}
          >
            {t.startOver.no}
          </button>
        </div>
      ) : (
        <button
          type="button"
          id="start-over-open"
          disabled={readOnly}
          aria-describedby={describedWith(readOnly)}
          onClick={() => {
            flushSync(() => setAsking(true));
            document.getElementById('start-over-question')?.focus();
          }}
        >
          {t.startOver.button}
        </button>
      )}
      <div role="status" className="undo-status">
        {canUndo && (
          <p>
            {t.startOver.done}{' '}
            <button type="button" id="start-over-undo" onClick={actions.undoStartOver}>
              {t.startOver.undo}
            </button>
          </p>
        )}
      </div>
    </div>
  );
}
