import { checklist } from '../content/checklist';
import { methods } from '../content/types';
import { useProgress } from '../store/progressStore';
import { useLang } from './useLang';

export function MethodChoice() {
  const lang = useLang();
  const method = useProgress((s) => s.method);
  const choose = useProgress((s) => s.chooseMethod);
  return (
    <fieldset className="question method">
      <legend>{checklist.method.title[lang]}</legend>
      <div className="options">
        {methods.map((m) => (
          <label key={m} className="option">
            <input type="radio" id={`method-${m}`} name="method" value={m} checked={method === m} onChange={() => choose(m)} />
            {checklist.method.options[m][lang]}
          </label>
        ))}
      </div>
      <p className="print-only print-answer">{method ? checklist.method.options[method][lang] : '—'}</p>
    </fieldset>
  );
}
