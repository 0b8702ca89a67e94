import { useState } from 'react';

type Lang = 'zh' | 'en';
const titles: Record<Lang, string> = { zh: '注销手机号清单', en: 'Cancel a mobile line, step by step' };

export function App() {
  const [lang, setLang] = useState<Lang>('zh');
  return (
    <main lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <h1>{titles[lang]}</h1>
      <nav aria-label={lang === 'zh' ? '语言' : 'Language'}>
        <button type="button" lang="zh-CN" aria-pressed={lang === 'zh'} onClick={() => setLang('zh')}>
          中文
        </button>
        <button type="button" lang="en" aria-pressed={lang === 'en'} onClick={() => setLang('en')}>
          English
        </button>
      </nav>
    </main>
  );
}
