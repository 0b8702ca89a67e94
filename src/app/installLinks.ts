/**
 * The links that make the page installable: the web manifest (made by vite-plugin-pwa in the build) and the
 * home-screen icon. Added once the page has painted (main.tsx), so the first load does not fetch them; browsers
 * read them when the person installs the page, long after.
 */
export function addInstallLinks(doc: Document = document) {
  const links: readonly (readonly [rel: string, href: string])[] = [
    ...(import.meta.env.PROD ? [['manifest', '/manifest.webmanifest'] as const] : []),
    ['apple-touch-icon', '/icon-192.png'],
  ];
  for (const [rel, href] of links) {
    if (doc.head.querySelector(`link[rel="${rel}"]`)) continue;
    const link = doc.createElement('link');
    link.rel = rel;
    link.href = href;
    doc.head.append(link);
  }
}
