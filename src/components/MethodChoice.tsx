import type { Method } from '../content/types';
import { useProgress } from '../store/progressStore';
import { actions } from '../store/progressActions';
import { useReadOnly } from '../store/progressStorage';
import { describedWith } from './ReadOnlyNote';
import { useAllWords } from '../i18n/useLang';

/**
 * The ways offered on the person's path (online or in a store; letting it lapse, closing or porting it), with a
 * caution beside an option that usually will not work for this person.
 */
export function MethodChoice({ offered, cautions }: { offered: readonly Method[]; cautions: readonly Method[] }) {
  const [words] = useAllWords();
  const t = words.ui;
  const method = useProgress((s) => s.method);
  const readOnly = useReadOnly();
  return (
    <fieldset className="question method">
      <legend>{t.methodLegend}</legend>
      <div className="options">
        {offered.map((m) => {
          const caution = cautions.includes(m) ? words.methods[m]?.caution : undefined;
          return (
            <div key={m} className="method-option">
              <label className="option">
                <input
                  type="radio"
                  id={`method-${m}`}
                  name="method"
                  value={m}
                  checked={method === m}
                  disabled={readOnly}
                  aria-describedby={describedWith(readOnly, caution ? `method-${m}-caution` : undefined)}
                  onChange={() => actions.chooseMethod(m)}
                />
                {words.methods[m]?.label}
              </label>
              {caution && (
                <p className="unsure" id={`method-${m}-caution`}>
                  {caution}
                </p>
              )}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
