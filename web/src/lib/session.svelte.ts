/** Who is signed in, as the API last said. Filled once by the root layout, then by sign-in and sign-out. */
import { api, ApiError } from './api';
import type { HomeOrg, User } from './types';

export const session = $state<{ user: User | null; org: HomeOrg | null; checked: boolean; signedOut: boolean }>({
  user: null,
  /** The user's home unit (a student's class), when GET /api/me has said it. */
  org: null,
  checked: false,
  /** True right after the user signed out: sign-in then does not offer to return to the last page. */
  signedOut: false,
});

export function signedIn(user: User, org: HomeOrg | null = null): void {
  session.signedOut = false;
  session.user = user;
  session.org = org;
}

let asked: Promise<void> | null = null;

/** Asks GET /api/me once: the root layout and the areas' guards (area-guard.ts) wait for the same answer. */
export function loadSession(): Promise<void> {
  return (asked ??= askMe());
}

async function askMe(): Promise<void> {
  try {
    const { user, org } = await api.get('/api/me', { redirectOn401: false });
    session.user = user;
    session.org = org ?? null;
  } catch (error) {
    if (!(error instanceof ApiError) || (error.status !== 401 && error.status !== 403)) console.error(error);
    session.user = null;
    session.org = null;
  } finally {
    session.checked = true;
  }
}

/** Ends this session, or with `everywhere` every session of the account (other devices too). */
export async function signOut(everywhere = false): Promise<void> {
  try {
    await api.post(everywhere ? '/api/auth/logout-everywhere' : '/api/auth/logout', { redirectOn401: false });
  } finally {
    session.signedOut = true;
    session.user = null;
    session.org = null;
  }
}

/** The home unit, read once from GET /api/me when sign-in did not give it. */
export async function loadOrg(): Promise<HomeOrg | null> {
  if (session.org) return session.org;
  const { org } = await api.get('/api/me');
  session.org = org ?? null;
  return session.org;
}
