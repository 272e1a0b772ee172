import type { Store } from './store';
import type {
  DirectoryRecord, EventRecord, GroupRecord, JsonObject, OrganizationRecord, UserRecord,
} from './types';

/** Wire shapes (snake_case, exactly the spec's field names). */

export function directoryWire(dir: DirectoryRecord, store: Store) {
  const counts = store.directoryCounts(dir.id);
  return {
    object: 'directory' as const,
    id: dir.id,
    organization_id: dir.organization_id,
    external_key: dir.external_key,
    type: dir.type,
    state: dir.state,
    name: dir.name,
    ...(dir.domain !== undefined && { domain: dir.domain }),
    metadata: { users: { active: counts.active, inactive: counts.inactive }, groups: counts.groups },
    created_at: dir.created_at,
    updated_at: dir.updated_at,
  };
}

export function groupWire(group: GroupRecord) {
  return {
    object: 'directory_group' as const,
    id: group.id,
    idp_id: group.idp_id,
    directory_id: group.directory_id,
    organization_id: group.organization_id,
    name: group.name,
    raw_attributes: group.raw_attributes ?? { id: group.idp_id, displayName: group.name },
    created_at: group.created_at,
    updated_at: group.updated_at,
  };
}

/** A directory user without `groups` (events, and SDK 12's directory-scoped routes). */
export function userWire(user: UserRecord, store: Store): JsonObject {
  const emails = user.emails ?? (user.compact && user.email ? [{ primary: true, type: 'work', value: user.email }] : undefined);
  const name = user.name !== undefined ? user.name : user.compact ? joinName(user) : undefined;
  const out: JsonObject = {
    object: 'directory_user',
    id: user.id,
    directory_id: user.directory_id,
    organization_id: user.organization_id,
    idp_id: user.idp_id,
    email: user.email,
    first_name: user.first_name,
    last_name: user.last_name,
  };
  if (name !== undefined) out.name = name;
  if (emails !== undefined) out.emails = emails.map((e) => ({ ...e }));
  if (user.job_title !== undefined) out.job_title = user.job_title;
  if (user.username !== undefined) out.username = user.username;
  out.state = user.state;
  out.raw_attributes = user.raw_attributes ?? compactRawAttributes(user, store.directories.get(user.directory_id)?.type);
  out.custom_attributes = user.custom_attributes;
  if (user.role) out.role = { slug: user.role.slug };
  if (user.roles) out.roles = user.roles.map((r) => ({ slug: r.slug }));
  out.created_at = user.created_at;
  out.updated_at = user.updated_at;
  return out;
}

/** The `/directory_users*` shape: user + its groups (deprecated upstream, but the SDK requires the array). */
export function userWithGroupsWire(user: UserRecord, store: Store): JsonObject {
  const groups = store.groupsOfUser(user.id).toArray().flatMap((gid) => {
    const g = store.groups.get(gid);
    return g ? [groupWire(g)] : [];
  });
  return { ...userWire(user, store), groups };
}

/** Directory payload of dsync.activated / dsync.deleted: events use active/inactive, not linked/unlinked. */
export function eventDirectoryWire(dir: DirectoryRecord, org: OrganizationRecord | undefined, withDomains: boolean): JsonObject {
  const state = dir.state === 'linked' ? 'active' : dir.state === 'unlinked' ? 'inactive' : dir.state;
  const out: JsonObject = {
    object: 'directory',
    id: dir.id,
    organization_id: dir.organization_id,
    type: dir.type,
    state,
    name: dir.name,
    created_at: dir.created_at,
    updated_at: dir.updated_at,
  };
  if (withDomains) {
    out.external_key = dir.external_key;
    out.domains = (org?.domains ?? []).map((d) => ({ object: 'organization_domain', id: d.id, domain: d.domain }));
  }
  return out;
}

export function eventWire(event: EventRecord) {
  return {
    object: 'event' as const,
    id: event.id,
    event: event.event,
    data: event.data,
    created_at: event.created_at,
    ...(event.context && { context: event.context }),
  };
}

function joinName(user: UserRecord): string | null {
  const parts = [user.first_name, user.last_name].filter((p): p is string => !!p);
  return parts.length ? parts.join(' ') : null;
}

/**
 * Bulk (compact) users carry no stored provider payload; derive a small realistic one on demand
 * in the provider's own vocabulary, so 100k users cost little memory.
 */
function compactRawAttributes(user: UserRecord, type: string | undefined): JsonObject {
  const ca = user.custom_attributes;
  if (type === 'gsuite directory') {
    return {
      id: user.idp_id,
      primaryEmail: user.email,
      name: { givenName: user.first_name, familyName: user.last_name, fullName: joinName(user) },
      suspended: user.state !== 'active',
      orgUnitPath: `/${String(ca.department_name ?? 'Staff')}`,
    };
  }
  return {
    schemas: ['urn:ietf:params:scim:schemas:core:2.0:User', 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User'],
    id: user.idp_id,
    userName: user.username ?? user.email,
    name: { givenName: user.first_name, familyName: user.last_name },
    displayName: joinName(user),
    active: user.state === 'active',
    title: user.job_title ?? null,
    emails: user.email ? [{ value: user.email, type: 'work', primary: true }] : [],
    'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User': {
      department: ca.department_name ?? null,
      costCenter: ca.cost_center ?? null,
      ...(typeof ca.manager_email === 'string' && { manager: { value: ca.manager_email } }),
    },
  };
}
