import type { IdFactory } from './ids';
import { eventDirectoryWire, groupWire, userWire } from './serialize';
import type { Store } from './store';
import type { DirectoryRecord, EventRecord, GroupRecord, JsonObject, UserRecord } from './types';

/**
 * Strictly increasing millisecond clock: two objects created in the same millisecond still get
 * distinct timestamps, so creation order = sort order. The seed drives it with fixed times.
 */
export class Clock {
  private last = 0;
  constructor(private readonly source: () => number = Date.now) {}
  now(): number {
    this.last = Math.max(this.source(), this.last + 1);
    return this.last;
  }
  /** Seed helper: jump to a fixed time (never backwards). */
  set(ms: number): void {
    this.last = Math.max(this.last, ms - 1);
  }
}

export type UserInput = Omit<UserRecord, 'id' | 'directory_id' | 'organization_id' | 'created_at' | 'updated_at'> &
  Partial<Pick<UserRecord, 'id' | 'created_at' | 'updated_at'>>;
export type GroupInput = Omit<GroupRecord, 'id' | 'directory_id' | 'organization_id' | 'created_at' | 'updated_at'> &
  Partial<Pick<GroupRecord, 'id' | 'created_at' | 'updated_at'>>;

const SYSTEM_CONTEXT: JsonObject = { actor: { id: 'directory_sync', source: 'system', name: 'Directory Sync' } };

/**
 * Directory-provider-style changes ("a sync happened"): each mutates the store (indexes and counts
 * follow) and records the dsync.* event WorkOS would emit. Used by the seed and by the control API,
 * so seeded history and live changes look the same.
 */
export class DirectorySync {
  /** When false, changes are applied without events (bulk seeding of the large directory). */
  emit = true;

  constructor(
    readonly store: Store,
    readonly ids: IdFactory,
    readonly clock: Clock,
    private readonly onEvent: (event: EventRecord) => void = () => {},
  ) {}

  private iso(): string {
    return new Date(this.clock.now()).toISOString();
  }

  record(name: string, data: JsonObject, organizationId: string | null, previous?: JsonObject): EventRecord | undefined {
    if (!this.emit) return undefined;
    const ms = this.clock.now();
    const context: JsonObject = previous ? { ...SYSTEM_CONTEXT, previous_attributes: previous } : SYSTEM_CONTEXT;
    const event: EventRecord = {
      id: this.ids.make('event', ms),
      event: name,
      data,
      created_at: new Date(ms).toISOString(),
      context,
      organization_id: organizationId,
    };
    this.store.addEvent(event);
    this.onEvent(event);
    return event;
  }

  activated(dir: DirectoryRecord): void {
    this.record('dsync.activated', eventDirectoryWire(dir, this.store.organizations.get(dir.organization_id), true), dir.organization_id);
  }

  deleted(dir: DirectoryRecord): void {
    this.record('dsync.deleted', eventDirectoryWire({ ...dir, state: 'deleting' }, undefined, false), dir.organization_id);
  }

  createUser(dir: DirectoryRecord, input: UserInput): UserRecord {
    const ms = this.clock.now();
    const ts = new Date(ms).toISOString();
    const user: UserRecord = {
      ...input,
      id: input.id ?? this.ids.make('directory_user', ms),
      directory_id: dir.id,
      organization_id: dir.organization_id,
      created_at: input.created_at ?? ts,
      updated_at: input.updated_at ?? input.created_at ?? ts,
    };
    this.store.addUser(user);
    if (this.emit) this.record('dsync.user.created', userWire(user, this.store), dir.organization_id);
    return user;
  }

  /** Returns the previous values of the changed fields (empty object = nothing changed, no event). */
  updateUser(userId: string, patch: Partial<UserRecord>): JsonObject {
    const user = this.store.users.get(userId);
    if (!user) return {};
    const previous = this.store.updateUser(userId, patch) as JsonObject;
    if (Object.keys(previous).length === 0) return previous;
    this.store.updateUser(userId, { updated_at: this.iso() });
    this.record('dsync.user.updated', { ...userWire(user, this.store), previous_attributes: previous }, user.organization_id, previous);
    return previous;
  }

  deleteUser(userId: string): UserRecord | undefined {
    const user = this.store.users.get(userId);
    if (!user) return undefined;
    for (const groupId of this.store.groupsOfUser(userId).toArray()) this.removeMember(groupId, userId);
    const snapshot = userWire(user, this.store);
    this.store.removeUser(userId);
    this.record('dsync.user.deleted', snapshot, user.organization_id);
    return user;
  }

  createGroup(dir: DirectoryRecord, input: GroupInput): GroupRecord {
    const ms = this.clock.now();
    const ts = new Date(ms).toISOString();
    const group: GroupRecord = {
      ...input,
      id: input.id ?? this.ids.make('directory_group', ms),
      directory_id: dir.id,
      organization_id: dir.organization_id,
      created_at: input.created_at ?? ts,
      updated_at: input.updated_at ?? input.created_at ?? ts,
    };
    this.store.addGroup(group);
    this.record('dsync.group.created', groupWire(group), dir.organization_id);
    return group;
  }

  deleteGroup(groupId: string): GroupRecord | undefined {
    const group = this.store.groups.get(groupId);
    if (!group) return undefined;
    for (const userId of this.store.membersOfGroup(groupId).toArray()) this.removeMember(groupId, userId);
    this.store.removeGroup(groupId);
    this.record('dsync.group.deleted', groupWire(group), group.organization_id);
    return group;
  }

  addMember(groupId: string, userId: string): boolean {
    if (!this.store.addMember(groupId, userId)) return false;
    this.membershipEvent('dsync.group.user_added', groupId, userId);
    return true;
  }

  removeMember(groupId: string, userId: string): boolean {
    if (!this.store.removeMember(groupId, userId)) return false;
    this.membershipEvent('dsync.group.user_removed', groupId, userId);
    return true;
  }

  private membershipEvent(name: string, groupId: string, userId: string): void {
    if (!this.emit) return;
    const group = this.store.groups.get(groupId);
    const user = this.store.users.get(userId);
    if (!group || !user) return;
    this.record(name, { directory_id: group.directory_id, user: userWire(user, this.store), group: groupWire(group) }, group.organization_id);
  }
}
