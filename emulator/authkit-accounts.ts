import { labelId } from './seed';

/**
 * The AuthKit demo accounts: who can sign in to the dashboard when it runs against the emulator.
 * They are the dashboard operator's own staff, so they belong to a dedicated organization rather
 * than to one of the seeded customer organizations (Acme, Globex, …) whose directories the
 * dashboard shows. Ids are derived like the rest of the seed, so they are the same on every start,
 * and they do not depend on the Directory Sync seed or a seed file.
 */

/** The client id the dashboard uses in demo mode. The emulator accepts any non-empty client id. */
export const DEFAULT_EMULATOR_CLIENT_ID = 'client_emulator';

const ORG_CREATED = '2025-01-02T09:00:00.000Z';
const ACCOUNTS_CREATED = '2025-01-02T09:30:00.000Z';

/** "Directory Sync Demo": the organization both demo accounts are members of (`org_id` claim). */
export const AUTHKIT_ORGANIZATION_ID = labelId('org', 'directory-sync-demo', Date.parse(ORG_CREATED));
export const AUTHKIT_ORGANIZATION_NAME = 'Directory Sync Demo';

export type DemoRole = 'admin' | 'member';

export interface DemoAccount {
  id: string;
  email: string;
  first_name: string;
  last_name: string;
  /** Organization role slug: the `role` claim, and the only entry of `roles`. */
  role: DemoRole;
  /** `permissions` claim. */
  permissions: string[];
  /** Shown on the sign-in page. */
  description: string;
}

function account(key: string, fields: Omit<DemoAccount, 'id'>): DemoAccount {
  return { id: labelId('user', `demo-${key}`, Date.parse(ACCOUNTS_CREATED)), ...fields };
}

export const DEMO_ACCOUNTS = {
  admin: account('admin', {
    email: 'admin@example.com', first_name: 'Alex', last_name: 'Morgan', role: 'admin',
    permissions: ['directories:delete'], description: 'Can view and delete directories',
  }),
  viewer: account('viewer', {
    email: 'viewer@example.com', first_name: 'Sam', last_name: 'Rivera', role: 'member',
    permissions: [], description: 'Read-only access',
  }),
} as const satisfies Record<string, DemoAccount>;

export const DEMO_ACCOUNT_LIST: readonly DemoAccount[] = Object.values(DEMO_ACCOUNTS);

export function findDemoAccount(id: string): DemoAccount | undefined {
  return DEMO_ACCOUNT_LIST.find((a) => a.id === id);
}

/**
 * The spec's `UserlandUser`. `last_sign_in_at` is the sign-in of the session being answered for;
 * `updated_at` stays at creation because the account itself never changes.
 */
export function userWire(account: DemoAccount, lastSignInAt: string): Record<string, unknown> {
  return {
    object: 'user',
    id: account.id,
    email: account.email,
    email_verified: true,
    first_name: account.first_name,
    last_name: account.last_name,
    profile_picture_url: null,
    external_id: null,
    metadata: {},
    locale: null,
    last_sign_in_at: lastSignInAt,
    created_at: ACCOUNTS_CREATED,
    updated_at: ACCOUNTS_CREATED,
  };
}
