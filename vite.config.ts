/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The Content-Security-Policy of the built page. Only the build gets it: the dev server's React
 * refresh preamble is an inline script that a strict policy would block.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "worker-src 'self'",
  "manifest-src 'self'",
].join('; ');

function cspMeta(): Plugin {
  return {
    name: 'csp-meta',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}

/**
 * The first render waits for React DOM (src/app/render.ts, the largest file) and the stylesheet, which main.tsx
 * imports together with the words of the language on screen and the page file the address names (only it can
 * name those). index.html preloads the first two, ahead of main.tsx's own script, so they download from the
 * start and the words and the page beside them: nothing waits for a file before it is asked for. A preloaded
 * stylesheet blocks no paint; main.tsx applies it just before the first render. (A build without render.ts,
 * such as the size breakdown's libraries-only one, preloads nothing; e2e/first-paint.spec.ts checks the page.)
 */
function preloadFirstRender(): Plugin {
  return {
    name: 'preload-first-render',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html, { bundle }) => {
        const files = Object.values(bundle ?? {});
        const reactDom = files.find((f) => f.type === 'chunk' && f.moduleIds.some((id) => id.endsWith('/src/app/render.ts')));
        const styles = files.find((f) => f.type === 'asset' && f.originalFileNames.includes('src/styles.css'));
        const links = [
          reactDom && `<link rel="modulepreload" crossorigin href="/${reactDom.fileName}">`,
          styles && `<link rel="preload" as="style" crossorigin href="/${styles.fileName}">`,
        ].filter((link) => link !== undefined);
        return links.length === 0 ? html : html.replace('<script type="module"', `${links.join('\n    ')}\n    <script type="module"`);
      },
    },
  };
}

/**
 * The installable page's links (the web manifest and the home-screen icon) are added after the first paint
 * (src/app/installLinks.ts), like the service worker: the first load does not fetch them beside React DOM.
 * vite-plugin-pwa writes the manifest's link into index.html; this takes it out again (it runs after it).
 */
function installLinksAfterFirstPaint(): Plugin {
  return {
    name: 'install-links-after-first-paint',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const page = bundle['index.html'];
      if (page?.type === 'asset' && typeof page.source === 'string') page.source = page.source.replace(/\s*<link rel="manifest"[^>]*>/, '');
    },
  };
}

export default defineConfig(() => ({
  build: {
    target: 'es2022',
    // Keep the built page free of inline data: URLs for scripts; assets stay files of their own.
    assetsInlineLimit: 0,
    // The entry's own imports are listed in index.html as modulepreloads, so they load with it rather than after
    // it. Every browser the app supports has modulepreload, so no polyfill.
    modulePreload: { polyfill: false },
    // Everything the first page needs in one file ('$initial': the entry and what it imports, not the pages
    // loaded on demand): a dozen small shared files each cost a request and compress worse than one (about
    // 2.8 KB gzip more). React DOM (src/app/render.ts) is a file of its own, imported by main.tsx beside the
    // words: about 1.1 KB gzip more than one file, for no wait between them. What the pages share that the first
    // page does not need is two files, not six small ones: their text helpers and the actions ('pages'); the
    // dates to come, their view and rules ('dates', also what an overview with dates loads before it renders).
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'app', tags: ['$initial' as const] },
            { name: 'pages', test: /\/src\/(i18n\/pageText|store\/progressActions)\.ts$/, includeDependenciesRecursively: false },
            { name: 'dates', test: /\/src\/(components\/ComingDates\.tsx|rules\/(coming|lineEnd)\.ts)$/ },
          ],
        },
      },
    },
  },
  plugins: [
    react(),
    cspMeta(),
    preloadFirstRender(),
    // Offline and installable: workbox precaches the built page and its assets. 'prompt': a new version
    // waits until the person chooses to reload; the page never reloads under their hands.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'robots.txt'],
      manifest: {
        name: '注销手机号清单 · Cancel a mobile line',
        short_name: '注销清单',
        description: '一步步安全注销手机号、SIM 卡或 eSIM。A step-by-step checklist for cancelling a mobile line, SIM or eSIM safely.',
        lang: 'zh-CN',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1d4ed8',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,txt,webmanifest}'],
        navigateFallback: '/index.html',
        cleanupOutdatedCaches: true,
        clientsClaim: true,
      },
    }),
    installLinksAfterFirstPaint(),
  ],
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    restoreMocks: true,
    // The one-page checklist has some 150 controls; role queries over it in jsdom take seconds on two shared cores.
    testTimeout: 20_000,
  },
}));
