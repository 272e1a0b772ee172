/**
 * Plain, serializable shapes that pages receive from `lib/workos.ts`.
 * Dates are ISO strings so they cross the server → client boundary unchanged.
 */

export type DirectoryState = 'active' | 'validating' | 'invalid_credentials' | 'inactive' | 'deleting';
export type UserState = 'active' | 'suspended' | 'inactive';
export type SortOrder = 'desc' | 'asc';

export interface Directory {
  id: string;
  name: string;
  type: string;
  state: DirectoryState;
  organizationId: string | null;
  domain: string | null;
  externalKey: string;
  userCounts: { active: number; inactive: number } | null;
  groupCount: number | null;
  createdAt: string;
  updatedAt: string;
}

export interface Role {
  slug: string;
}

export interface DirectoryUser {
  id: string;
  directoryId: string;
  organizationId: string | null;
  idpId: string;
  firstName: string | null;
  lastName: string | null;
  name: string | null;
  email: string | null;
  state: UserState;
  role: Role | null;
  roles: Role[];
  customAttributes: Record<string, unknown>;
  rawAttributes: Record<string, unknown>;
  createdAt: string;
  updatedAt: string;
}

export interface DirectoryGroup {
  id: string;
  directoryId: string;
  organizationId: string | null;
  idpId: string;
  name: string;
  rawAttributes: Record<string, unknown>;
  createdAt: string;
  updatedAt: string;
}

/** One page of a cursor-paged list; cursors are null at either end. */
export interface Page<T> {
  data: T[];
  before: string | null;
  after: string | null;
}

/**
 * One Events API event as the dashboard keeps it: the SDK's deserialized event made plain JSON
 * (dates as ISO strings), so it crosses to client components and renders as the "raw event".
 */
export interface ActivityEvent {
  id: string;
  event: string;
  createdAt: string;
  data: Record<string, unknown>;
  context: Record<string, unknown> | null;
}
