// Before the first paint: hides the prerendered first screen from anyone who will see another page (see
// prerenderFirstScreen in vite.config.ts). Language rule: browserLang in src/components/useLang.ts.
(function () {
  var stale;
  try {
    var first = (navigator.languages && navigator.languages[0]) || navigator.language;
    var zh = first === undefined || /^zh/i.test(first);
    var chosen = new URLSearchParams(location.search).get('lang');
    stale = !zh || chosen === 'en' || localStorage.getItem('cancel-line:progress') !== null;
  } catch {
    stale = true;
  }
  if (stale) document.documentElement.setAttribute('data-prerender', 'stale');
})();
