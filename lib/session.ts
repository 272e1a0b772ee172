import './auth-env'; // before AuthKit loads
import 'server-only';
import { withAuth } from '@workos-inc/authkit-nextjs';
import { redirect } from 'next/navigation';
import { readAccessPolicy } from './config';

export interface Actor {
  id: string;
  email: string;
  name: string;
  role: 'admin' | 'viewer';
}

/** The signed-in member of the allowed organization, or null (not signed in, or not a member). */
export async function currentActor(): Promise<{ actor: Actor | null; reason: 'signed_out' | 'not_member' | null }> {
  const { user, organizationId, role } = await withAuth();
  if (!user) return { actor: null, reason: 'signed_out' };
  const policy = readAccessPolicy();
  if (!policy.allowedOrganizationId || organizationId !== policy.allowedOrganizationId) return { actor: null, reason: 'not_member' };
  const name = [user.firstName, user.lastName].filter(Boolean).join(' ') || user.email;
  return { actor: { id: user.id, email: user.email, name, role: role === policy.adminRole ? 'admin' : 'viewer' }, reason: null };
}

/**
 * Every page, data read and action calls this, not only the proxy: a signed-out visitor is sent to
 * sign in, and a signed-in account outside the allowed organization to the not-allowed page.
 */
export async function requireSession(): Promise<Actor> {
  const { actor, reason } = await currentActor();
  if (actor) return actor;
  redirect(reason === 'not_member' ? '/not-allowed' : '/sign-in');
}
