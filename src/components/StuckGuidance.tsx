import { useAllWords } from '../i18n/useLang';

export function StuckGuidance() {
  const [words] = useAllWords();
  const t = words.ui;
  return (
    <section className="stuck" aria-labelledby="stuck-heading">
      <h2 id="stuck-heading">{t.stuck.heading}</h2>
      <p>{t.stuck.intro}</p>
      <ol>
        {words.stuck.map((g) => (
          <li key={g.title}>
            <strong>{g.title}</strong>
            <br />
            {g.detail}
          </li>
        ))}
      </ol>
    </section>
  );
}
