import { DataPanel } from '../components/DataPanel';
import { HistoryView } from '../components/HistoryView';
import { hrefOf } from '../routing/route';
import { ReadOnlyNote } from '../components/ReadOnlyNote';
import { StartOver } from '../components/StartOver';
import { useAllUi } from '../i18n/useLang';

/** `#/data`: the dated history, export and import, and starting over. */
export function DataPage() {
  const [t] = useAllUi();
  return (
    <>
      <p className="back">
        <a href={hrefOf({ page: 'overview' })}>{t.nav.back}</a>
      </p>
      <h1 id="page-heading" tabIndex={-1}>
        {t.pages.data}
      </h1>
      <ReadOnlyNote />
      <DataPanel />
      <HistoryView />
      <section className="start-over-section" aria-labelledby="start-over-heading">
        <h2 id="start-over-heading">{t.startOver.heading}</h2>
        <StartOver />
      </section>
    </>
  );
}
