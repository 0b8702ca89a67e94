import { hrefOf } from '../routing/route';
import { useAllUi } from '../i18n/useLang';

/** An address that names no page (an old link, a task that no longer exists). */
export function NotFoundPage() {
  const [t] = useAllUi();
  return (
    <>
      <h1 id="page-heading" tabIndex={-1}>
        {t.pages.notFound}
      </h1>
      <p>{t.notFound}</p>
      <p className="back">
        <a href={hrefOf({ page: 'overview' })}>{t.nav.back}</a>
      </p>
    </>
  );
}
