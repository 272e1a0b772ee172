'use server';
import '@/lib/auth-env';
import { signOut } from '@workos-inc/authkit-nextjs';
import { headers } from 'next/headers';

/** Ends the session here and at WorkOS, then comes back to the dashboard (which asks to sign in again). */
export async function signOutAction(): Promise<void> {
  const requestHeaders = await headers();
  const origin = `${requestHeaders.get('x-forwarded-proto') ?? 'http'}://${requestHeaders.get('host')}`;
  await signOut({ returnTo: `${origin}/directories` });
}
