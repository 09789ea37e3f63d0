/**
 * Whether this device is offline, as far as the page can tell: the browser says so, or the last
 * API request got no answer or only the service worker's offline copy. Back online when the browser
 * says so or the server answers again.
 */
import { api } from './api';

export const connectivity = $state<{ offline: boolean }>({ offline: false });

/** Starts watching (once, from the offline notice); returns how to stop. */
export function watchConnectivity(): () => void {
  let unanswered = false;
  const update = () => (connectivity.offline = !navigator.onLine || unanswered);
  api.hooks.onConnectivity = (source) => {
    unanswered = source !== 'server';
    update();
  };
  const online = () => {
    unanswered = false;
    update();
  };
  window.addEventListener('online', online);
  window.addEventListener('offline', update);
  update();
  return () => {
    api.hooks.onConnectivity = undefined;
    window.removeEventListener('online', online);
    window.removeEventListener('offline', update);
  };
}
