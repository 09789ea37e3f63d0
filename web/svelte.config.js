import adapter from '@sveltejs/adapter-static';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  kit: {
    // The stylesheet in <head> blocks the first paint, and on a phone it shares a slow link with the
    // page's scripts; inlined (≈ 3.5 KB compressed) the shell paints as soon as the HTML arrives.
    inlineStyleThreshold: 16384,
    // A single-page app: every route renders in the browser; the server falls back to index.html.
    adapter: adapter({ pages: 'build', assets: 'build', fallback: 'index.html', precompress: false, strict: true }),
    alias: {
      // The domain's types, and its zod-free rule modules (e.g. contests/settings-rules.ts); the zod schemas
      // themselves never reach the browser bundle.
      $domain: '../functions/src/domain',
    },
  },
};

export default config;
