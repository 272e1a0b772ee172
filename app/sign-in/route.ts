import '@/lib/auth-env';
import { getSignInUrl } from '@workos-inc/authkit-nextjs';
import { redirect } from 'next/navigation';

/** Where pages send a visitor whose session is missing: a route handler may set the PKCE cookie, a page may not. */
export async function GET(): Promise<never> {
  redirect(await getSignInUrl());
}
