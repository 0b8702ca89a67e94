import { useEffect } from 'react';
import { checklist } from './content/checklist';
import { AfterFirstRender } from './components/AfterFirstRender';
import { KeepWarning } from './components/KeepWarning';
import { StorageAlerts } from './components/StorageAlerts';
import { UpdateBanner } from './components/UpdateBanner';
import { LanguageSwitch } from './components/LanguageSwitch';
import { GroupSection } from './components/GroupSection';
import { QuestionsSection } from './components/QuestionsSection';
import { StartOver } from './components/StartOver';
import { StatusPanel } from './components/StatusPanel';
import { StuckGuidance } from './components/StuckGuidance';
import { useEvaluation } from './components/useEvaluation';
import { useUi } from './components/useLang';

export function App() {
  const [t] = useUi();
  const evaluation = useEvaluation();

  useEffect(() => {
    document.documentElement.lang = t.htmlLang;
    document.title = t.documentTitle;
  }, [t]);

  return (
    <>
      <a className="skip-link" href="#status">
        {t.skipToStatus}
      </a>
      <header className="app-header">
        <h1>{t.appTitle}</h1>
        <LanguageSwitch />
        <p className="tagline">{t.tagline}</p>
        <p className="hint elsewhere">{t.elsewhere}</p>
      </header>
      <main>
        <UpdateBanner />
        <StorageAlerts />
        <StatusPanel evaluation={evaluation} />
        <KeepWarning />
        <QuestionsSection evaluation={evaluation} />
        {checklist.groups.map((group, i) => (
          <GroupSection key={group.id} group={group} number={i + 1} evaluation={evaluation} firstOfPhase={checklist.groups[i - 1]?.phase !== group.phase} />
        ))}
        <StuckGuidance />
        <AfterFirstRender />
      </main>
      <footer className="app-footer">
        <p>{t.privacy}</p>
        <StartOver />
      </footer>
    </>
  );
}
