import { useState, type ReactNode } from 'react';
import { useProgress } from '../store/progressStore';
import { actions } from '../store/progressActions';
import { useReadOnly } from '../store/progressStorage';
import { formatWhen } from '../content/ui';
import { useNow } from './useNow';
import { describedWith } from './ReadOnlyNote';
import { useDateLocale, useAllUi } from '../i18n/useLang';

interface Props {
  id: string;
  tickId: string;
  label: ReactNode;
  /** Ids of the text that describes this box (detail, reason it cannot start). */
  describedBy?: string | undefined;
  /** The change is refused (the step cannot start yet): the box looks unavailable but stays focusable. */
  blocked?: boolean;
  /** Called when the person tries to tick a blocked box, to say why it cannot be ticked. */
  onRefused?: () => void;
  showWhen?: boolean;
}

/** A native checkbox with its label and the date it was ticked; a change the store refuses says why. */
export function TickBox({ id, tickId, label, describedBy, blocked = false, onRefused, showWhen = true }: Props) {
  const [t] = useAllUi();
  const locale = useDateLocale();
  const tick = useProgress((s) => (Object.hasOwn(s.ticks, tickId) ? s.ticks[tickId] : undefined));
  const readOnly = useReadOnly();
  const [refusal, setRefusal] = useState<string | null>(null);
  const ticked = tick !== undefined;
  const now = useNow();
  const errorId = `${id}-refused`;
  return (
    <div className="tick">
      <input
        type="checkbox"
        id={id}
        checked={ticked}
        disabled={readOnly}
        aria-disabled={blocked ? true : undefined}
        aria-describedby={describedWith(readOnly, describedBy, refusal ? errorId : undefined)}
        onChange={(e) => {
          if (blocked && e.target.checked) return onRefused?.();
          const result = actions.setTicked(tickId, e.target.checked);
          if (result === 'blocked') onRefused?.();
          setRefusal(result === 'ok' || result === 'blocked' ? null : t.refused[result]);
        }}
      />
      <label htmlFor={id}>{label}</label>
      {ticked && showWhen && tick.at > 0 && <span className="when">{t.tickedOn(formatWhen(locale, tick.at, now))}</span>}
      {refusal && (
        <p className="field-error" id={errorId} role="alert">
          {refusal}
        </p>
      )}
    </div>
  );
}
