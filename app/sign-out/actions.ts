'use server';
import '@/lib/auth-env';
import { signOut } from '@workos-inc/authkit-nextjs';
import { headers } from 'next/headers';
import { requestOrigin } from '@/lib/request-origin';

/** Ends the session here and at WorkOS, then comes back to the dashboard (which asks to sign in again). */
export async function signOutAction(): Promise<void> {
  const requestHeaders = await headers();
  // x-url is the page URL the proxy recorded for AuthKit; with the Host header it gives the browser's origin.
  await signOut({ returnTo: `${requestOrigin({ headers: requestHeaders, url: requestHeaders.get('x-url') ?? 'http://localhost/' })}/directories` });
}
