import adapter from '@sveltejs/adapter-static';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  kit: {
    // A single-page app: every route renders in the browser; the server falls back to index.html.
    adapter: adapter({ pages: 'build', assets: 'build', fallback: 'index.html', precompress: false, strict: true }),
    alias: {
      // Types only (`import type`): the domain's zod schemas never reach the browser bundle.
      $domain: '../functions/src/domain',
    },
  },
};

export default config;
