/**
 * The role check of an area (/teacher, /bureau, …), run by the area's +layout.ts before any of its
 * pages loads: someone of another role goes to their own home. Signed-out people and a pending
 * password change are the root layout's (redirectFor), since they can change while a page is open.
 */
import { redirect } from '@sveltejs/kit';
import { areaRedirect } from './format';
import { loadSession, session } from './session.svelte';
import type { Role } from './types';

export async function guardArea(area: Role, url: URL): Promise<void> {
  await loadSession();
  const user = session.user;
  if (!user || user.mustChangePassword) return;
  const home = areaRedirect(area, url.pathname, user);
  if (home) redirect(307, home);
}
