/// <reference types="vitest/config" />
import { createServer, defineConfig, type Plugin } from 'vite';
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
 * The first screen, prerendered: index.html gets the page as a first visit in Chinese sees it
 * (src/prerender.tsx), so the first paint does not wait for the JavaScript; main.tsx hydrates it. With it
 * comes public/boot.js, a classic script in <head> (no inline script under the CSP) of a few hundred bytes:
 * before the first paint it marks the page `data-prerender="stale"` for anyone who will see another page
 * (saved progress, an English browser, `?lang=en`, storage switched off); the stylesheet then hides the
 * prerendered markup and main.tsx renders their own page in its place, so it never flashes by. Until
 * main.tsx runs the prerendered page is `inert`: it can be read (and, without JavaScript, printed) but not
 * ticked, since nothing would save the tick.
 */
function prerenderFirstScreen(): Plugin {
  let root = '';
  return {
    name: 'prerender-first-screen',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        const empty = '<div id="root"></div>';
        if (!html.includes(empty)) throw new Error(`index.html has no ${empty} to prerender into`);
        const server = await createServer({
          root,
          configFile: false,
          logLevel: 'error',
          appType: 'custom',
          server: { middlewareMode: true, hmr: false, ws: false },
          optimizeDeps: { noDiscovery: true },
        });
        try {
          const { firstScreenMarkup } = (await server.ssrLoadModule('/src/prerender.tsx')) as typeof import('./src/prerender');
          return {
            // inert until React has it: a tick before then would show on screen without being saved.
            html: html.replace(empty, `<div id="root" data-prerendered inert>${firstScreenMarkup()}</div>`),
            tags: [{ tag: 'script', attrs: { src: '/boot.js' }, injectTo: 'head' }],
          };
        } finally {
          await server.close();
        }
      },
    },
  };
}

export default defineConfig(() => ({
  build: {
    target: 'es2022',
    // Keep the built page free of inline data: URLs for scripts; assets stay files of their own.
    assetsInlineLimit: 0,
    // The entry is one file, so there is nothing to preload; without the modulepreload polyfill and preload
    // helper it is about 200 bytes (gzip) smaller. The lazy chunks (offline support, import checking) then fetch
    // their own imports when they load, which is never on the first paint's path.
    modulePreload: false,
  },
  plugins: [
    prerenderFirstScreen(),
    react(),
    cspMeta(),
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
