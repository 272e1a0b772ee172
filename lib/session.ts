import 'server-only';

export interface Actor {
  id: string;
  name: string;
  role: 'admin' | 'viewer';
}

/**
 * Who is acting. Sign-in does not exist yet (see the access-control issue), so whoever reaches the
 * dashboard acts as the local operator, with admin rights. Every mutation calls this first, so adding
 * sign-in changes this one function.
 */
export async function requireAdmin(): Promise<Actor> {
  return { id: 'local-operator', name: 'Local operator (sign-in not configured)', role: 'admin' };
}
