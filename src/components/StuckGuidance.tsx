import { stuckGuidance } from '../content/checklist';
import { useUi } from './useLang';

export function StuckGuidance() {
  const [t, lang] = useUi();
  return (
    <section className="stuck" aria-labelledby="stuck-heading">
      <h2 id="stuck-heading">{t.stuck.heading}</h2>
      <p>{t.stuck.intro}</p>
      <ol>
        {stuckGuidance.map((g) => (
          <li key={g.title.en}>
            <strong>{g.title[lang]}</strong>
            <br />
            {g.detail[lang]}
          </li>
        ))}
      </ol>
    </section>
  );
}
