/**
 * What a Directory Sync event is about, read from its payload (API.md §6), and the sentence a person
 * reads for it. Plain functions over `ActivityEvent` (camelCase data, as the SDK deserializes it),
 * shared by the activity views and the webhook receiver, and unit-tested for every dsync.* name.
 */
import { humanizeKey, userDisplayName } from './format';
import type { ActivityEvent } from './types';

/** Every Directory Sync event name WorkOS sends (API.md §6; the token events are SDK 12 only). */
export const DSYNC_EVENT_NAMES = [
  'dsync.activated',
  'dsync.deleted',
  'dsync.group.created',
  'dsync.group.deleted',
  'dsync.group.updated',
  'dsync.group.user_added',
  'dsync.group.user_removed',
  'dsync.user.created',
  'dsync.user.deleted',
  'dsync.user.updated',
  'dsync.token.created',
  'dsync.token.revoked',
] as const;
export type DsyncEventName = (typeof DSYNC_EVENT_NAMES)[number];

/** The events that can mention a user / a group; narrows the Events API query for timelines. */
export const USER_EVENT_NAMES: DsyncEventName[] = ['dsync.user.created', 'dsync.user.updated', 'dsync.user.deleted', 'dsync.group.user_added', 'dsync.group.user_removed'];
export const GROUP_EVENT_NAMES: DsyncEventName[] = ['dsync.group.created', 'dsync.group.updated', 'dsync.group.deleted', 'dsync.group.user_added', 'dsync.group.user_removed'];

type Data = Record<string, unknown>;

function record(value: unknown): Data | null {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Data) : null;
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

const isDirectoryEvent = (name: string) => name === 'dsync.activated' || name === 'dsync.deleted';
const isMembershipEvent = (name: string) => name === 'dsync.group.user_added' || name === 'dsync.group.user_removed';

/** The directory an event belongs to: the directory itself for activated/deleted, else `directoryId`. */
export function eventDirectoryId(event: ActivityEvent): string | null {
  return isDirectoryEvent(event.event) ? str(event.data.id) : str(event.data.directoryId);
}

/** The user and group an event is about, when it is about one (links in the activity views). */
export function eventSubjects(event: ActivityEvent): { userId: string | null; groupId: string | null } {
  if (isMembershipEvent(event.event)) return { userId: str(record(event.data.user)?.id), groupId: str(record(event.data.group)?.id) };
  if (event.event.startsWith('dsync.user.')) return { userId: str(event.data.id), groupId: null };
  if (event.event.startsWith('dsync.group.')) return { userId: null, groupId: str(event.data.id) };
  return { userId: null, groupId: null };
}

export interface EventFilter {
  directoryId: string;
  userId?: string;
  groupId?: string;
}

export function eventMatches(event: ActivityEvent, filter: EventFilter): boolean {
  if (eventDirectoryId(event) !== filter.directoryId) return false;
  const subjects = eventSubjects(event);
  if (filter.userId && subjects.userId !== filter.userId) return false;
  if (filter.groupId && subjects.groupId !== filter.groupId) return false;
  return true;
}

function userName(value: unknown): string {
  const user = record(value);
  if (!user) return 'A user';
  return userDisplayName({
    name: str(user.name),
    firstName: str(user.firstName),
    lastName: str(user.lastName),
    email: str(user.email),
    idpId: str(user.idpId) ?? str(user.id) ?? 'a user',
  });
}

function groupName(value: unknown): string {
  return str(record(value)?.name) ?? 'a group';
}

function quoted(value: unknown): string {
  if (value === null || value === undefined || value === '') return 'empty';
  return typeof value === 'string' ? `“${value}”` : JSON.stringify(value);
}

/**
 * "state changed from active to suspended" for one changed key, or "job title, email changed" for
 * several: `previous_attributes` holds only the old values of the keys that changed.
 */
function changes(previous: unknown, current: Data): string {
  const old = record(previous);
  const keys = old ? Object.keys(old) : [];
  if (keys.length === 0) return 'was updated';
  if (keys.length === 1) {
    const key = keys[0]!;
    const now = current[key] ?? current[key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())];
    return `had ${humanizeKey(key).toLowerCase()} changed from ${quoted(old![key])}${now === undefined ? '' : ` to ${quoted(now)}`}`;
  }
  return `was updated (${keys.map((key) => humanizeKey(key).toLowerCase()).join(', ')} changed)`;
}

/** The sentence for one event, e.g. "Ada Lovelace was added to Engineering". */
export function describeEvent(event: ActivityEvent): string {
  const data = event.data;
  switch (event.event) {
    case 'dsync.activated':
      return `Directory “${str(data.name) ?? str(data.id)}” was connected and activated`;
    case 'dsync.deleted':
      return `Directory “${str(data.name) ?? str(data.id)}” was deleted`;
    case 'dsync.group.created':
      return `Group ${groupName(data)} was created`;
    case 'dsync.group.deleted':
      return `Group ${groupName(data)} was deleted`;
    case 'dsync.group.updated':
      return `Group ${groupName(data)} ${changes(data.previousAttributes, data)}`;
    case 'dsync.group.user_added':
      return `${userName(data.user)} was added to ${groupName(data.group)}`;
    case 'dsync.group.user_removed':
      return `${userName(data.user)} was removed from ${groupName(data.group)}`;
    case 'dsync.user.created':
      return `${userName(data)} was added to the directory`;
    case 'dsync.user.deleted':
      return `${userName(data)} was removed from the directory`;
    case 'dsync.user.updated':
      return `${userName(data)} ${changes(data.previousAttributes, data)}`;
    case 'dsync.token.created':
      return `A directory token ending in “${str(data.tokenSuffix) ?? '?'}” was created`;
    case 'dsync.token.revoked':
      return `The directory token ending in “${str(data.tokenSuffix) ?? '?'}” was revoked`;
    default:
      return `Event ${event.event}`;
  }
}
