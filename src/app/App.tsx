import { useEffect } from 'react';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { StatusLine } from '../components/StatusLine';
import { BottomBar } from './BottomBar';
import { pageTitle } from './pageTitle';
import { useNavigation } from './navigation';
import { hrefOf } from '../routing/route';
import { useEvaluation } from '../components/useEvaluation';
import { useUi, useWords } from '../i18n/useLang';
import { Overview } from '../pages/Overview';

export function App() {
  const [words] = useWords();
  const t = words.ui;
  const { route, page: Page, failed } = useNavigation();
  const evaluation = useEvaluation();
  const title = pageTitle(words, route);

  useEffect(() => {
    document.documentElement.lang = t.htmlLang;
    document.title = title;
  }, [t, title]);

  const wide = route.page !== 'overview' && route.page !== 'print';
  return (
    <>
      <a
        className="skip-link"
        href="#page-heading"
        onClick={(e) => {
          // The address holds the page, so the skip link moves the focus without changing it.
          e.preventDefault();
          document.getElementById('page-heading')?.focus();
        }}
      >
        {t.skipToContent}
      </a>
      <header className="app-header screen-only">
        {/* On the overview the page's heading is the app's name. */}
        {route.page === 'overview' ? <span /> : <a className="app-name" href="#/">{t.appTitle}</a>}
        <LanguageSwitch />
      </header>
      <div className={wide ? 'layout with-aside' : 'layout'}>
        <main>
          {failed ? <PageFailed /> : Page ? <Page route={route} evaluation={evaluation} /> : <Overview evaluation={evaluation} />}
        </main>
        {wide && (
          <aside className="status-aside screen-only" aria-label={t.status.heading}>
            <StatusLine evaluation={evaluation} compact here={hrefOf(route)} />
          </aside>
        )}
      </div>
      <footer className="app-footer screen-only">
        <p>{t.privacy}</p>
      </footer>
      <BottomBar />
    </>
  );
}

function PageFailed() {
  const [t] = useUi();
  return (
    <>
      <h1 id="page-heading" tabIndex={-1}>
        {t.pageFailed.heading}
      </h1>
      <p>{t.pageFailed.text}</p>
      <p>
        <button type="button" onClick={() => location.reload()}>
          {t.pageFailed.reload}
        </button>
      </p>
    </>
  );
}
