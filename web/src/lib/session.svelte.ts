/** Who is signed in, as the API last said. Filled once by the root layout, then by sign-in and sign-out. */
import { api, ApiError } from './api';
import type { User, UserResponse } from './types';

export const session = $state<{ user: User | null; checked: boolean; signedOut: boolean }>({
  user: null,
  checked: false,
  /** True right after the user signed out: sign-in then does not offer to return to the last page. */
  signedOut: false,
});

export function signedIn(user: User): void {
  session.signedOut = false;
  session.user = user;
}

export async function loadSession(): Promise<void> {
  try {
    const { user } = await api.get<UserResponse>('/api/me', { redirectOn401: false });
    session.user = user;
  } catch (error) {
    if (!(error instanceof ApiError) || (error.status !== 401 && error.status !== 403)) console.error(error);
    session.user = null;
  } finally {
    session.checked = true;
  }
}

export async function signOut(): Promise<void> {
  try {
    await api.post('/api/auth/logout', undefined, { redirectOn401: false });
  } finally {
    session.signedOut = true;
    session.user = null;
  }
}
