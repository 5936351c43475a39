import { fileURLToPath } from 'node:url';
import { parse, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { printAST } from '@formatjs/icu-messageformat-parser/printer.js';
import react from '@vitejs/plugin-react';
import { defineConfig, runnerImport, type Plugin } from 'vite';

// Where the API runs in development; the dev server forwards /api and /socket.io to it.
const apiUrl = process.env.API_URL ?? 'http://localhost:3000';

const i18nSource = (file: string) => fileURLToPath(new URL(`../../libs/i18n/src/${file}`, import.meta.url));

/**
 * A test build (CONVENE_PSEUDO_LOCALE=1, into dist/web-pseudo): English is replaced by the
 * pseudo-locale (libs/i18n/src/pseudo-locale.ts), so the pseudo-locale journey can tell the
 * message library's words from any the code wrote itself. Never served to people.
 */
const pseudoLocale = process.env.CONVENE_PSEUDO_LOCALE === '1';

/**
 * In production builds the web catalogues ship already parsed, and intl-messageformat gets the
 * parser-less build of its parser: the ICU parser (with its locale data) was most of the shell's
 * weight, and every page downloads the shell. The shell's catalogue (web.messages.ts) and each
 * page's (messages/web/*.messages.ts, which land in that page's chunk) are replaced by their
 * messages parsed. The dev server parses at run time, so an edited message shows on reload.
 */
function precompiledMessages(): Plugin {
  const shellCatalogue = i18nSource('messages/web.messages.ts');
  const pageCatalogues = i18nSource('messages/web/');
  const isCatalogue = (id: string) => id === shellCatalogue || (id.startsWith(pageCatalogues) && id.endsWith('.messages.ts'));
  // Read as text by the date formatter (zoneLabel): shipped as it is, less its translators' notes.
  const rawCatalogue = i18nSource('messages/common.messages.ts');
  let pseudo: Promise<typeof import('../../libs/i18n/src/pseudo-locale')> | null = null;
  const pseudoModule = () => (pseudo ??= runnerImport<typeof import('../../libs/i18n/src/pseudo-locale')>(i18nSource('pseudo-locale.ts')).then(({ module }) => module));
  return {
    name: 'convene-precompiled-messages',
    apply: 'build',
    config: () => ({
      resolve: { alias: [{ find: /^@formatjs\/icu-messageformat-parser$/, replacement: '@formatjs/icu-messageformat-parser/no-parser.js' }] },
    }),
    async load(id) {
      if (id !== rawCatalogue && !isCatalogue(id)) return null;
      // The pseudo-locale build's English: each message's words accented and bracketed.
      const pseudoMessage = pseudoLocale ? (await pseudoModule()).pseudoMessage : null;
      const english = (elements: MessageFormatElement[]) => (pseudoMessage ? pseudoMessage(elements) : elements);
      if (id === rawCatalogue) {
        const { module: exported } = await runnerImport<Record<string, Record<string, Record<string, string>>>>(id);
        const raw = (en: string) => (pseudoLocale ? printAST(english(parse(en))) : en);
        return Object.entries(exported)
          .map(([name, catalogue]) => `export const ${name} = ${JSON.stringify(Object.fromEntries(Object.entries(catalogue).map(([key, message]) => [key, { en: raw(message.en), cy: message.cy }])))};\n`)
          .join('');
      }
      const { module: exported } = await runnerImport<Record<string, Record<string, Record<string, string>>>>(id);
      const { module: languages } = await runnerImport<typeof import('../../libs/i18n/src/languages')>(i18nSource('languages.ts'));
      // As IntlMessageFormat parses at run time: its locale decides `j` hour skeletons.
      const parsed = (catalogue: Record<string, Record<string, string>>) =>
        Object.fromEntries(
          Object.entries(catalogue).map(([key, message]) => [
            key,
            Object.fromEntries(
              languages.LANGUAGES.map((language) => {
                const elements = parse(message[language], { locale: new Intl.Locale(languages.LOCALE_OF[language]) });
                return [language, language === 'en' ? english(elements) : elements];
              }),
            ),
          ]),
        );
      // Every exported catalogue, parsed; descriptions (for translators) stay behind, and so do a
      // plural's defaults (offset 0, cardinal), which intl-messageformat assumes when they are absent.
      const withoutDefaults = (key: string, value: unknown) => ((key === 'offset' && value === 0) || (key === 'pluralType' && value === 'cardinal') ? undefined : value);
      return Object.entries(exported)
        .filter(([, value]) => value && typeof value === 'object')
        .map(([name, catalogue]) => `export const ${name} = ${JSON.stringify(parsed(catalogue), withoutDefaults)};\n`)
        .join('');
    },
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react(), precompiledMessages()],
  // The lib shared with the server (messages and the date formatter), through its web entry.
  // wouter's use-sync-external-store shim: React's own hook (see src/use-sync-external-store-shim.ts).
  resolve: {
    alias: [
      { find: /^@convene\/i18n$/, replacement: i18nSource('web.ts') },
      // Each page's own catalogue, imported by that page only: it lands in the page's chunk, not the shell.
      { find: /^@convene\/i18n\/web\/(.*)$/, replacement: `${i18nSource('messages/web/')}$1.ts` },
      // The /live events, typed once for the gateway and this app (types only: nothing reaches the bundle).
      { find: /^@convene\/live-events$/, replacement: fileURLToPath(new URL('../../libs/live/src/live-events.ts', import.meta.url)) },
      { find: /^use-sync-external-store\/shim(\/index\.js)?$/, replacement: fileURLToPath(new URL('src/use-sync-external-store-shim.ts', import.meta.url)) },
    ],
  },
  build: {
    // The API serves this folder in production (see apps/api/src/api.module.ts).
    outDir: fileURLToPath(new URL(pseudoLocale ? '../../dist/web-pseudo' : '../../dist/web', import.meta.url)),
    emptyOutDir: true,
    // Which chunks each page loads: scripts/page-weight.mjs sums the liveblog page's from it.
    manifest: true,
    // Every browser we support preloads modules itself (modulepreload: Chrome 66, Firefox 115,
    // Safari 17): no polyfill in the shell.
    modulePreload: { polyfill: false },
    // Chunk names are only hashes: every page's name in the shell's preload map cost the liveblog reader bytes.
    rolldownOptions: { output: { chunkFileNames: 'assets/[hash].js' } },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: apiUrl, changeOrigin: true },
      '/socket.io': { target: apiUrl, changeOrigin: true, ws: true },
    },
  },
});
