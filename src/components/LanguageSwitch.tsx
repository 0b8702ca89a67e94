import { languages } from '../content/types';
import { useProgress } from '../store/progressStore';
import { loadWords, useUi } from './useLang';

const names = { zh: '中文', en: 'English' } as const;
const htmlLangs = { zh: 'zh-CN', en: 'en' } as const;

export function LanguageSwitch() {
  const [t, lang] = useUi();
  const setLang = useProgress((s) => s.setLang);
  return (
    <div className="lang-switch" role="group" aria-label={t.languageLabel}>
      {languages.map((l) => (
        <button key={l} type="button" lang={htmlLangs[l]} aria-pressed={l === lang} onClick={() => void loadWords(l).then(() => setLang(l), () => undefined)}>
          {names[l]}
        </button>
      ))}
    </div>
  );
}
