/** Internal records. Field names follow the wire format (snake_case) so serialization stays trivial. */

export const DIRECTORY_TYPES = [
  'azure scim v2.0', 'bamboohr', 'breathe hr', 'cezanne hr', 'cyberark scim v2.0', 'fourth hr',
  'generic scim v2.0', 'gsuite directory', 'hibob', 'sailpoint scim v2.0', 'jump cloud scim v2.0',
  'okta scim v2.0', 'onelogin scim v2.0', 'people hr', 'personio', 'pingfederate scim v2.0',
  'rippling scim v2.0', 's3', 'sftp', 'sftp workday', 'workday',
] as const;
export type DirectoryType = (typeof DIRECTORY_TYPES)[number];

export const DIRECTORY_STATES = ['linked', 'validating', 'invalid_credentials', 'unlinked', 'deleting'] as const;
export type DirectoryState = (typeof DIRECTORY_STATES)[number];

export const USER_STATES = ['active', 'suspended', 'inactive'] as const;
export type UserState = (typeof USER_STATES)[number];

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export interface OrganizationRecord {
  id: string;
  name: string;
  domains: { id: string; domain: string }[];
  created_at: string;
}

export interface DirectoryRecord {
  id: string;
  organization_id: string;
  external_key: string;
  type: DirectoryType;
  state: DirectoryState;
  name: string;
  domain?: string;
  created_at: string;
  updated_at: string;
}

export interface UserEmail {
  primary: boolean;
  type: string;
  value: string | null;
}

export interface UserRecord {
  id: string;
  directory_id: string;
  organization_id: string;
  idp_id: string;
  email: string | null;
  first_name: string | null;
  last_name: string | null;
  name?: string | null;
  emails?: UserEmail[];
  username?: string | null;
  job_title?: string | null;
  state: UserState;
  /** Undefined: a compact provider payload is derived at serialization time (saves memory on bulk users). */
  raw_attributes?: JsonObject;
  custom_attributes: JsonObject;
  role?: { slug: string };
  roles?: { slug: string }[];
  created_at: string;
  updated_at: string;
  /**
   * Bulk users of the large seeded directory: `emails`, `name` and `raw_attributes` are derived
   * from the other fields at serialization time instead of being stored (memory per user stays small).
   */
  compact?: boolean;
}

export interface GroupRecord {
  id: string;
  idp_id: string;
  directory_id: string;
  organization_id: string;
  name: string;
  raw_attributes?: JsonObject;
  created_at: string;
  updated_at: string;
}

export interface EventRecord {
  id: string;
  event: string;
  data: JsonObject;
  created_at: string;
  context?: JsonObject;
  /** Not on the wire: used by the organization_id filter. */
  organization_id: string | null;
}

/** Directory metadata counts. Suspended users count as inactive (the spec only has active/inactive). */
export interface DirectoryCounts {
  active: number;
  inactive: number;
  groups: number;
}
