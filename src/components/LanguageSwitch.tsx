import { languages, type Lang } from '../content/types';
import { useDevice } from '../store/lines';
import { useUi } from '../i18n/useLang';

const names = { zh: '中文', en: 'English' } as const;
const htmlLangs = { zh: 'zh-CN', en: 'en' } as const;

/** 中文 / English. The words of the chosen language load on the change (main.tsx); until then the page stays as it is. */
export function LanguageSwitch() {
  const [t, lang] = useUi();
  const setLang = useDevice((s) => s.setLang);
  // A ?lang= in the address would bring the other language back on reload: it follows the choice.
  const choose = (l: Lang) => {
    setLang(l);
    const url = new URL(location.href);
    if (url.searchParams.has('lang')) {
      url.searchParams.set('lang', l);
      history.replaceState(history.state, '', url);
    }
  };
  return (
    <div className="lang-switch" role="group" aria-label={t.languageLabel}>
      {languages.map((l) => (
        <button key={l} type="button" lang={htmlLangs[l]} aria-pressed={l === lang} onClick={() => choose(l)}>
          {names[l]}
        </button>
      ))}
    </div>
  );
}
