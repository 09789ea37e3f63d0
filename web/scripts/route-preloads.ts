/**
 * Run after `vite build` (web's `npm run build`). The built app is one fallback page for every route,
 * so its HTML preloads only the code every route shares; a route's own code was asked for once that
 * code had arrived and run, a second wave of downloads that costs a slow phone one to two seconds.
 * This writes into build/index.html the scripts and styles of each student-facing route, read from
 * SvelteKit's own build manifest, and a line that preloads those of the route being opened. The styles
 * are a few hundred bytes, but a route's code waits for them before it runs: asked for only then, they
 * cost another round trip.
 * Staff routes are left out to keep the page small: their users are on school and office networks.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const WEB = join(import.meta.dirname, '..');
const SERVER = join(WEB, '.svelte-kit', 'output', 'server');
const PAGE = join(WEB, 'build', 'index.html');
const PRELOADED_ROUTES = /^\/(student(\/|$)|signin$)/;
const MARKER = 'route-preloads';

interface KitRoute {
  id: string;
  pattern: RegExp;
  page: { layouts: (number | undefined)[]; errors: (number | undefined)[]; leaf: number } | null;
}

const { manifest } = (await import(pathToFileURL(join(SERVER, 'manifest.js')).href)) as { manifest: { _: { routes: KitRoute[] } } };

/** Vite's record of the client build: each chunk's file and the chunks it imports statically. */
const chunks = JSON.parse(readFileSync(join(WEB, '.svelte-kit', 'output', 'client', '.vite', 'manifest.json'), 'utf8')) as Record<
  string,
  { file: string; imports?: string[]; css?: string[] }
>;
const chunkByFile = new Map(Object.values(chunks).map((chunk) => [chunk.file, chunk]));

/**
 * A node's scripts and styles: its own file (the first SvelteKit lists for it in its server output,
 * nodes/<n>.js) and every chunk it imports statically with their stylesheets, from Vite's manifest, which also follows the imports of the
 * page's load module (SvelteKit's own list of a node's imports leaves those out).
 */
function nodeScripts(index: number): string[] {
  const text = readFileSync(join(SERVER, 'nodes', `${index}.js`), 'utf8');
  const own = /export const imports = \["([^"]+)"/.exec(text)?.[1];
  const start = own && chunkByFile.get(own);
  if (!start) throw new Error(`nodes/${index}.js names no client file Vite built: has SvelteKit's output changed?`);
  const files = new Set<string>();
  const visit = (chunk: { file: string; imports?: string[]; css?: string[] }) => {
    if (files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const key of chunk.imports ?? []) visit(chunks[key]!);
  };
  visit(start);
  return [...files];
}

const html = readFileSync(PAGE, 'utf8');
if (html.includes(MARKER)) throw new Error(`${PAGE} has its route preloads already`);
const inPage = new Set([...html.matchAll(/href="\/?([^"]+)"/g)].map((m) => m[1]!));

const table = manifest._.routes
  .filter((route) => route.page && PRELOADED_ROUTES.test(route.id))
  .map((route) => {
    // The error pages too: SvelteKit loads the root one at start, in case the route fails.
    const nodes = [...route.page!.layouts, ...route.page!.errors, route.page!.leaf].filter((n): n is number => n !== undefined);
    return [route.pattern.source, [...new Set(nodes.flatMap(nodeScripts))].filter((file) => !inPage.has(file))];
  });

const script = `<script id="${MARKER}">
      // Written by web/scripts/route-preloads.ts: this route's own scripts, asked for with the shared ones.
      (function (path, routes) {
        for (var i = 0; i < routes.length; i++)
          if (new RegExp(routes[i][0]).test(path))
            return routes[i][1].forEach(function (file) {
              var link = document.createElement('link');
              var style = /\\.css$/.test(file);
              link.rel = style ? 'preload' : 'modulepreload';
              // Styles as SvelteKit will ask for them (crossorigin included), or the preload is not reused.
              if (style) (link.as = 'style'), (link.crossOrigin = '');
              link.href = '/' + file;
              document.head.appendChild(link);
            });
      })(location.pathname, ${JSON.stringify(table)});
    </script>
  </head>`;
writeFileSync(PAGE, html.replace('</head>', script));
console.log(`route preloads: ${table.length} routes written into build/index.html`);
