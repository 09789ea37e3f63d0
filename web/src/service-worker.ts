/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Lets a student reload a module or quiz they already opened while the network is gone: the app
 * shell (this build's JS, CSS and the fallback page) is kept at install, and the API reads the players
 * render from are fetched network-first and kept. Writes never pass through here: the save queue of
 * the page keeps answers in localStorage. The page empties the API cache on sign-in and sign-out.
 */
import { build, files, version } from '$service-worker';
import { API_CACHE, FROM_CACHE_HEADER, isCacheableRead, isKeepableResponse, plainBodyHeaders } from '$lib/offline-cache';

const worker = self as unknown as ServiceWorkerGlobalScope;
const SHELL_CACHE = `clearcampus-shell-${version}`;
const FALLBACK_PAGE = '/index.html';
const SHELL = [...build, ...files, FALLBACK_PAGE];

worker.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(SHELL_CACHE);
      await cache.addAll(SHELL);
      await worker.skipWaiting();
    })(),
  );
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      // Older builds' shells go; the API cache stays (it is per sign-in, not per build).
      for (const name of await caches.keys()) if (name !== SHELL_CACHE && name !== API_CACHE) await caches.delete(name);
      await worker.clients.claim();
    })(),
  );
});

/** The server's answer, kept for later when it is a complete one; the kept one when offline. */
async function networkFirst(request: Request): Promise<Response> {
  try {
    const response = await fetch(request);
    if (isKeepableResponse(response)) {
      const cache = await caches.open(API_CACHE);
      await cache.put(request, response.clone());
    }
    return response;
  } catch (error) {
    const kept = await (await caches.open(API_CACHE)).match(request);
    if (!kept) throw error;
    const headers = plainBodyHeaders(kept.headers);
    headers.set(FROM_CACHE_HEADER, '1');
    return new Response(kept.body, { status: kept.status, statusText: kept.statusText, headers });
  }
}

/** A page: from the network; offline, the app shell, which renders every client-side route. */
async function page(request: Request): Promise<Response> {
  try {
    return await fetch(request);
  } catch (error) {
    const shell = await (await caches.open(SHELL_CACHE)).match(FALLBACK_PAGE);
    if (!shell) throw error;
    return shell;
  }
}

/** This build's files never change under their name: the kept copy first. */
async function shellFile(request: Request): Promise<Response> {
  return (await (await caches.open(SHELL_CACHE)).match(request)) ?? fetch(request);
}

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== worker.location.origin) return;
  if (isCacheableRead(request.method, url, worker.location.origin)) event.respondWith(networkFirst(request));
  else if (request.mode === 'navigate' && !url.pathname.startsWith('/api/')) event.respondWith(page(request));
  else if (SHELL.includes(url.pathname)) event.respondWith(shellFile(request));
});
