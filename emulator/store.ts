import { SortedIndex, sortKey } from './sorted-index';
import type {
  DirectoryCounts, DirectoryRecord, EventRecord, GroupRecord, OrganizationRecord, UserRecord,
} from './types';

/**
 * Key → ids, for equality filters (email, idp_id). Keys are almost always unique, so a single id is
 * stored as a plain string and only collisions allocate a Set (saves ~2 Sets per user at 100k users).
 */
class MultiMap {
  private map = new Map<string, string | Set<string>>();
  add(key: string, id: string): void {
    const cur = this.map.get(key);
    if (cur === undefined) this.map.set(key, id);
    else if (typeof cur === 'string') { if (cur !== id) this.map.set(key, new Set([cur, id])); }
    else cur.add(id);
  }
  delete(key: string, id: string): void {
    const cur = this.map.get(key);
    if (cur === undefined) return;
    if (typeof cur === 'string') { if (cur === id) this.map.delete(key); return; }
    cur.delete(id);
    if (cur.size === 0) this.map.delete(key);
  }
  get(key: string): ReadonlySet<string> {
    const cur = this.map.get(key);
    return cur === undefined ? new Set() : typeof cur === 'string' ? new Set([cur]) : cur;
  }
}

function getOrCreate<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = make()));
  return value;
}

const isActive = (u: UserRecord): boolean => u.state === 'active';

/**
 * In-memory data with ordered indexes for every list the API serves. Every mutation keeps the
 * indexes and the per-directory counts in step, so reads never scan whole collections.
 * Sort keys of deleted objects are kept (tombstones) so they remain valid pagination cursors.
 */
export class Store {
  readonly organizations = new Map<string, OrganizationRecord>();
  readonly directories = new Map<string, DirectoryRecord>();
  readonly users = new Map<string, UserRecord>();
  readonly groups = new Map<string, GroupRecord>();
  readonly events = new Map<string, EventRecord>();

  readonly directoryIndex = new SortedIndex();
  private readonly directoriesByOrg = new Map<string, SortedIndex>();
  private readonly usersByDirectory = new Map<string, SortedIndex>();
  private readonly groupsByDirectory = new Map<string, SortedIndex>();
  private readonly membersByGroup = new Map<string, SortedIndex>();
  private readonly groupsByUser = new Map<string, SortedIndex>();
  private readonly usersByEmail = new Map<string, MultiMap>();
  private readonly usersByIdpId = new Map<string, MultiMap>();
  private readonly counts = new Map<string, DirectoryCounts>();
  readonly eventIndex = new SortedIndex();
  private readonly eventsByName = new Map<string, SortedIndex>();
  private readonly eventsByOrg = new Map<string, SortedIndex>();

  /** Sort keys by id, including deleted objects (tombstones), one map per object kind. */
  private readonly keys = {
    directory: new Map<string, string>(),
    user: new Map<string, string>(),
    group: new Map<string, string>(),
    event: new Map<string, string>(),
  };

  cursorKey(kind: keyof Store['keys'], id: string): string | undefined {
    return this.keys[kind].get(id);
  }

  // ---- organizations & directories -------------------------------------------------------

  addOrganization(org: OrganizationRecord): void {
    this.organizations.set(org.id, org);
  }

  addDirectory(dir: DirectoryRecord): void {
    const key = sortKey(dir.created_at, dir.id);
    this.directories.set(dir.id, dir);
    this.keys.directory.set(dir.id, key);
    this.directoryIndex.insert(key, dir.id);
    getOrCreate(this.directoriesByOrg, dir.organization_id, () => new SortedIndex()).insert(key, dir.id);
    this.counts.set(dir.id, { active: 0, inactive: 0, groups: 0 });
  }

  directoriesOfOrganization(orgId: string): SortedIndex {
    return this.directoriesByOrg.get(orgId) ?? new SortedIndex();
  }

  directoryCounts(dirId: string): DirectoryCounts {
    return { ...(this.counts.get(dirId) ?? { active: 0, inactive: 0, groups: 0 }) };
  }

  /** Removes a directory with all its users, groups and memberships. Events are history and stay. */
  removeDirectory(dirId: string): DirectoryRecord | undefined {
    const dir = this.directories.get(dirId);
    if (!dir) return undefined;
    for (const groupId of this.groupsOfDirectory(dirId).toArray()) this.removeGroup(groupId);
    for (const userId of this.usersOfDirectory(dirId).toArray()) this.removeUser(userId);
    const key = this.keys.directory.get(dirId) as string;
    this.directoryIndex.remove(key);
    this.directoriesByOrg.get(dir.organization_id)?.remove(key);
    this.directories.delete(dirId);
    this.counts.delete(dirId);
    this.usersByDirectory.delete(dirId);
    this.groupsByDirectory.delete(dirId);
    this.usersByEmail.delete(dirId);
    this.usersByIdpId.delete(dirId);
    return dir;
  }

  // ---- users ------------------------------------------------------------------------------

  addUser(user: UserRecord): void {
    const key = sortKey(user.created_at, user.id);
    this.users.set(user.id, user);
    this.keys.user.set(user.id, key);
    getOrCreate(this.usersByDirectory, user.directory_id, () => new SortedIndex()).insert(key, user.id);
    this.indexUserFields(user);
    this.adjustUserCount(user, +1);
  }

  /** Applies a patch; returns the previous values of the fields that actually changed. */
  updateUser(userId: string, patch: Partial<UserRecord>): Partial<UserRecord> {
    const user = this.users.get(userId);
    if (!user) return {};
    const previous: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(patch)) {
      const old = (user as unknown as Record<string, unknown>)[field];
      if (JSON.stringify(old) !== JSON.stringify(value)) previous[field] = old ?? null;
    }
    this.unindexUserFields(user);
    this.adjustUserCount(user, -1);
    Object.assign(user, patch);
    this.indexUserFields(user);
    this.adjustUserCount(user, +1);
    return previous as Partial<UserRecord>;
  }

  removeUser(userId: string): UserRecord | undefined {
    const user = this.users.get(userId);
    if (!user) return undefined;
    for (const groupId of this.groupsOfUser(userId).toArray()) this.removeMember(groupId, userId);
    const key = this.keys.user.get(userId) as string;
    this.usersByDirectory.get(user.directory_id)?.remove(key);
    this.unindexUserFields(user);
    this.adjustUserCount(user, -1);
    this.users.delete(userId);
    this.groupsByUser.delete(userId);
    return user;
  }

  usersOfDirectory(dirId: string): SortedIndex {
    return this.usersByDirectory.get(dirId) ?? new SortedIndex();
  }

  usersByEmailIn(dirId: string, email: string): ReadonlySet<string> {
    return this.usersByEmail.get(dirId)?.get(email.toLowerCase()) ?? new Set();
  }

  usersByIdpIdIn(dirId: string, idpId: string): ReadonlySet<string> {
    return this.usersByIdpId.get(dirId)?.get(idpId) ?? new Set();
  }

  private indexUserFields(user: UserRecord): void {
    if (user.email) getOrCreate(this.usersByEmail, user.directory_id, () => new MultiMap()).add(user.email.toLowerCase(), user.id);
    getOrCreate(this.usersByIdpId, user.directory_id, () => new MultiMap()).add(user.idp_id, user.id);
  }

  private unindexUserFields(user: UserRecord): void {
    if (user.email) this.usersByEmail.get(user.directory_id)?.delete(user.email.toLowerCase(), user.id);
    this.usersByIdpId.get(user.directory_id)?.delete(user.idp_id, user.id);
  }

  private adjustUserCount(user: UserRecord, delta: number): void {
    const counts = this.counts.get(user.directory_id);
    if (!counts) return;
    if (isActive(user)) counts.active += delta;
    else counts.inactive += delta;
  }

  // ---- groups & memberships ---------------------------------------------------------------

  addGroup(group: GroupRecord): void {
    const key = sortKey(group.created_at, group.id);
    this.groups.set(group.id, group);
    this.keys.group.set(group.id, key);
    getOrCreate(this.groupsByDirectory, group.directory_id, () => new SortedIndex()).insert(key, group.id);
    const counts = this.counts.get(group.directory_id);
    if (counts) counts.groups++;
  }

  removeGroup(groupId: string): GroupRecord | undefined {
    const group = this.groups.get(groupId);
    if (!group) return undefined;
    for (const userId of this.membersOfGroup(groupId).toArray()) this.removeMember(groupId, userId);
    this.groupsByDirectory.get(group.directory_id)?.remove(this.keys.group.get(groupId) as string);
    this.groups.delete(groupId);
    this.membersByGroup.delete(groupId);
    const counts = this.counts.get(group.directory_id);
    if (counts) counts.groups--;
    return group;
  }

  groupsOfDirectory(dirId: string): SortedIndex {
    return this.groupsByDirectory.get(dirId) ?? new SortedIndex();
  }

  /** Returns false if the membership already existed. */
  addMember(groupId: string, userId: string): boolean {
    const userKey = this.keys.user.get(userId);
    const groupKey = this.keys.group.get(groupId);
    if (!userKey || !groupKey || !this.users.has(userId) || !this.groups.has(groupId)) return false;
    const members = getOrCreate(this.membersByGroup, groupId, () => new SortedIndex());
    if (members.has(userKey)) return false;
    members.insert(userKey, userId);
    getOrCreate(this.groupsByUser, userId, () => new SortedIndex()).insert(groupKey, groupId);
    return true;
  }

  /** Returns false if there was no such membership. */
  removeMember(groupId: string, userId: string): boolean {
    const userKey = this.keys.user.get(userId);
    const groupKey = this.keys.group.get(groupId);
    if (!userKey || !groupKey) return false;
    const removed = this.membersByGroup.get(groupId)?.remove(userKey) ?? false;
    this.groupsByUser.get(userId)?.remove(groupKey);
    return removed;
  }

  membersOfGroup(groupId: string): SortedIndex {
    return this.membersByGroup.get(groupId) ?? new SortedIndex();
  }

  groupsOfUser(userId: string): SortedIndex {
    return this.groupsByUser.get(userId) ?? new SortedIndex();
  }

  // ---- events -----------------------------------------------------------------------------

  addEvent(event: EventRecord): void {
    const key = sortKey(event.created_at, event.id);
    this.events.set(event.id, event);
    this.keys.event.set(event.id, key);
    this.eventIndex.insert(key, event.id);
    getOrCreate(this.eventsByName, event.event, () => new SortedIndex()).insert(key, event.id);
    if (event.organization_id) getOrCreate(this.eventsByOrg, event.organization_id, () => new SortedIndex()).insert(key, event.id);
  }

  eventsNamed(name: string): SortedIndex {
    return this.eventsByName.get(name) ?? new SortedIndex();
  }

  eventsOfOrganization(orgId: string): SortedIndex {
    return this.eventsByOrg.get(orgId) ?? new SortedIndex();
  }
}
