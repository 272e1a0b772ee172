/**
 * The only module the app talks to WorkOS through. Server-only: the API key never leaves the server.
 *
 * The client is built lazily (on first call, from env, by lib/workos-client.ts, which `npm run doctor`
 * shares) so `next build` works with no key, and every helper returns plain serializable data (ISO
 * date strings, no SDK classes). Failures are thrown as `WorkOSApiError`; single-object lookups
 * return `null` for an unknown id instead.
 */
import 'server-only';
import { cache } from 'react';
import { SignatureVerificationException } from '@workos-inc/node';
import type {
  WorkOS,
  Event as SdkEvent,
  EventName,
  Directory as SdkDirectory,
  DirectoryGroup as SdkDirectoryGroup,
  DirectoryUser as SdkDirectoryUser,
} from '@workos-inc/node';
import { WorkOSApiError, describeFailure } from './api-error';
import type { ApiFailure } from './api-error';
import { DIRECTORIES_TAG, EVENTS_TAG, directoryTag } from './cache-tags';
import { readWorkOSConnection } from './config';
import { ReadCache } from './read-cache';
import type { ProbeResult } from './setup-checks';
import { createWorkOSClient, probeDirectories } from './workos-client';
import type { ActivityEvent, Directory, DirectoryGroup, DirectoryUser, Page, SortOrder } from './types';

let client: WorkOS | undefined;

function workos(): WorkOS {
  client ??= createWorkOSClient(readWorkOSConnection());
  return client;
}

/**
 * How long a read may wait out WorkOS rate limiting (Retry-After) before the page says
 * "rate limited, try again in N s" instead. Keeps every view's worst case bounded.
 */
const RATE_LIMIT_WAIT_BUDGET_MS = 3_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function logFailure(operation: string, failure: ApiFailure): void {
  // One structured line per failed call: what, how, and WorkOS's request id; never the key or any data.
  console.error(
    JSON.stringify({ level: 'error', event: 'workos_api_call_failed', operation, kind: failure.kind, status: failure.status, requestId: failure.requestId }),
  );
}

/**
 * Runs one SDK call; on failure logs it and throws a WorkOSApiError. Page reads wait out a short
 * rate limit (within the budget); writes never retry, so nothing is ever done twice; paced readers
 * (export) handle rate limits themselves.
 */
async function call<T>(operation: string, run: (api: WorkOS) => Promise<T>, { waitOutRateLimit = true } = {}): Promise<T> {
  const deadline = Date.now() + RATE_LIMIT_WAIT_BUDGET_MS;
  for (;;) {
    try {
      return await run(workos());
    } catch (error) {
      const failure = describeFailure(error);
      if (failure.kind !== 'not_found') logFailure(operation, failure);
      const waitMs = (failure.retryAfterSeconds ?? 1) * 1000;
      if (!waitOutRateLimit || failure.kind !== 'rate_limited' || Date.now() + waitMs > deadline) throw new WorkOSApiError(failure);
      await sleep(waitMs);
    }
  }
}

/**
 * Reads are cached in-process for WORKOS_CACHE_TTL_SECONDS (default 60; 0 turns caching off) and
 * tagged by directory, so the delete action and the dsync.* webhook drop exactly what changed.
 */
function cacheTtlMs(): number {
  const seconds = Number(process.env.WORKOS_CACHE_TTL_SECONDS ?? 60);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : 60_000;
}
/**
 * One instance per server process. Next bundles route handlers (the webhook receiver) apart from
 * pages and actions, each with its own copy of this module; keeping the state on globalThis makes a
 * webhook's invalidation reach the cache the pages read from.
 */
function processWide<T>(name: string, create: () => T): T {
  const slots = globalThis as unknown as Record<symbol, T | undefined>;
  const key = Symbol.for(`directory-sync-dashboard.${name}`);
  return (slots[key] ??= create());
}

const readCache = processWide('readCache', () => new ReadCache(cacheTtlMs()));

/** Per request: when the oldest data a page shows was read from WorkOS (components/data-freshness.tsx). */
const requestFreshness = cache((): { oldestFetchedAt: number | null } => ({ oldestFetchedAt: null }));

export function dataFetchedAt(): number | null {
  return requestFreshness().oldestFetchedAt;
}

/**
 * `paced` reads (the export walking a whole directory) skip the cache, which they would only flush,
 * and the rate-limit wait: their caller paces requests and honours Retry-After itself.
 */
export interface ReadOptions {
  paced?: boolean;
}

async function cachedRead<T>(operation: string, args: unknown, tags: string[], run: (api: WorkOS) => Promise<T>, { paced = false }: ReadOptions = {}): Promise<T> {
  if (paced) return call(operation, run, { waitOutRateLimit: false });
  const { value, fetchedAt } = await readCache.read(JSON.stringify([operation, args]), tags, () => call(operation, run));
  const freshness = requestFreshness();
  freshness.oldestFetchedAt = Math.min(freshness.oldestFetchedAt ?? fetchedAt, fetchedAt);
  return value;
}

/** Drops cached reads carrying any of these tags (lib/cache.ts decides which). */
export function forgetCachedReads(...tags: string[]): void {
  readCache.invalidate(...tags);
}

export function forgetAllCachedReads(): void {
  readCache.clear();
}

/**
 * Directories this server deleted. WorkOS keeps a deleted directory in state `deleting` for a while;
 * the dashboard treats it as gone as soon as the delete succeeded, so it is never shown again. A
 * tombstone only hides a directory WorkOS still reports as `deleting`: should it come back in any
 * other state, it shows again.
 */
const tombstones = processWide('tombstones', () => new Set<string>());
const isTombstoned = (directory: Directory) => directory.state === 'deleting' && tombstones.has(directory.id);

async function orNullIfNotFound<T>(lookup: Promise<T>): Promise<T | null> {
  try {
    return await lookup;
  } catch (error) {
    if (error instanceof WorkOSApiError && error.failure.kind === 'not_found') return null;
    throw error;
  }
}

export interface PageRequest {
  limit: number;
  order: SortOrder;
  before?: string;
  after?: string;
}

function toPage<S, T>(list: { data: S[]; listMetadata: { before?: string | null; after?: string | null } }, map: (item: S) => T): Page<T> {
  return { data: list.data.map(map), before: list.listMetadata.before ?? null, after: list.listMetadata.after ?? null };
}

const iso = (date: Date) => date.toISOString();

function toDirectory(d: SdkDirectory): Directory {
  return {
    id: d.id,
    name: d.name,
    type: d.type,
    state: d.state,
    organizationId: d.organizationId ?? null,
    domain: d.domain ?? null,
    externalKey: d.externalKey,
    userCounts: d.metadata ? { active: d.metadata.users.active, inactive: d.metadata.users.inactive } : null,
    groupCount: d.metadata ? d.metadata.groups : null,
    createdAt: iso(d.createdAt),
    updatedAt: iso(d.updatedAt),
  };
}

function toUser(u: SdkDirectoryUser): DirectoryUser {
  return {
    id: u.id,
    directoryId: u.directoryId,
    organizationId: u.organizationId,
    idpId: u.idpId,
    firstName: u.firstName,
    lastName: u.lastName,
    name: u.name,
    email: u.email,
    state: u.state,
    role: u.role ? { slug: u.role.slug } : null,
    roles: (u.roles ?? []).map((role) => ({ slug: role.slug })),
    customAttributes: (u.customAttributes ?? {}) as Record<string, unknown>,
    rawAttributes: (u.rawAttributes ?? {}) as Record<string, unknown>,
    createdAt: iso(u.createdAt),
    updatedAt: iso(u.updatedAt),
  };
}

function toGroup(g: SdkDirectoryGroup): DirectoryGroup {
  return {
    id: g.id,
    directoryId: g.directoryId,
    organizationId: g.organizationId,
    idpId: g.idpId,
    name: g.name,
    rawAttributes: g.rawAttributes ?? {},
    createdAt: iso(g.createdAt),
    updatedAt: iso(g.updatedAt),
  };
}

export async function listDirectories(request: PageRequest & { organizationId?: string; search?: string }): Promise<Page<Directory>> {
  const page = await cachedRead('listDirectories', request, [DIRECTORIES_TAG], async (api) => toPage(await api.directorySync.listDirectories(request), toDirectory));
  return { ...page, data: page.data.filter((directory) => !isTombstoned(directory)) };
}

/** De-duplicated per request (a directory's layout and page both ask for it) and cached across requests. */
export const getDirectory = cache(async (id: string): Promise<Directory | null> => {
  const directory = await orNullIfNotFound(
    cachedRead('getDirectory', id, [DIRECTORIES_TAG, directoryTag(id)], async (api) => toDirectory(await api.directorySync.getDirectory({ id }))),
  );
  return directory && !isTombstoned(directory) ? directory : null;
});

export async function listDirectoryUsers(
  request: PageRequest & { directoryId: string; groupId?: string; email?: string },
  options?: ReadOptions,
): Promise<Page<DirectoryUser>> {
  const { groupId, ...rest } = request;
  return cachedRead(
    'listDirectoryUsers',
    request,
    [directoryTag(request.directoryId)],
    async (api) => toPage(await api.directorySync.listDirectoryUsers({ ...rest, group: groupId }), toUser),
    options,
  );
}

export const getDirectoryUser = cache(async (directoryId: string, userId: string): Promise<DirectoryUser | null> =>
  orNullIfNotFound(
    cachedRead('getDirectoryUser', [directoryId, userId], [directoryTag(directoryId)], async (api) =>
      toUser(await api.directorySync.getDirectoryUser({ directoryId, userId })),
    ),
  ),
);

export async function listDirectoryGroups(request: PageRequest & { directoryId: string; userId?: string }, options?: ReadOptions): Promise<Page<DirectoryGroup>> {
  const { userId, ...rest } = request;
  return cachedRead(
    'listDirectoryGroups',
    request,
    [directoryTag(request.directoryId)],
    async (api) => toPage(await api.directorySync.listDirectoryGroups({ ...rest, user: userId }), toGroup),
    options,
  );
}

export const getDirectoryGroup = cache(async (directoryId: string, groupId: string): Promise<DirectoryGroup | null> =>
  orNullIfNotFound(
    cachedRead('getDirectoryGroup', [directoryId, groupId], [directoryTag(directoryId)], async (api) =>
      toGroup(await api.directorySync.getDirectoryGroup({ directoryId, groupId })),
    ),
  ),
);

/** Never cached, never retried. On success the directory is tombstoned (see above); the caller invalidates views. */
export async function deleteDirectory(id: string): Promise<void> {
  await call('deleteDirectory', (api) => api.directorySync.deleteDirectory({ id }), { waitOutRateLimit: false });
  tombstones.add(id);
}

/** A fresh read of a directory for a mutation's re-check: bypasses the cache (but not the tombstones). */
export async function getDirectoryUncached(id: string): Promise<Directory | null> {
  forgetCachedReads(directoryTag(id));
  return getDirectory(id);
}

/** The settings page's connection probe, over the same client every page uses (never throws). */
export async function probeConnection(): Promise<ProbeResult> {
  return probeDirectories(workos());
}

/** JSON round trip: the SDK's event payloads hold Dates; pages and the raw-event view need plain JSON. */
function toActivityEvent(e: SdkEvent): ActivityEvent {
  return {
    id: e.id,
    event: e.event,
    createdAt: iso(e.createdAt),
    data: JSON.parse(JSON.stringify(e.data ?? {})) as Record<string, unknown>,
    context: e.context ? (JSON.parse(JSON.stringify(e.context)) as Record<string, unknown>) : null,
  };
}

/**
 * One page of the organization's events. The SDK sends no `order`, so WorkOS's default applies:
 * newest first. It has no `before` either: the Events API pages forward only.
 */
export async function listEvents(request: { organizationId: string; events: readonly string[]; limit: number; after?: string }): Promise<{ data: ActivityEvent[]; after: string | null }> {
  return cachedRead('listEvents', request, [EVENTS_TAG], async (api) => {
    const list = await api.events.listEvents({ organizationId: request.organizationId, events: [...request.events] as EventName[], limit: request.limit, after: request.after });
    return { data: list.data.map(toActivityEvent), after: list.listMetadata.after ?? null };
  });
}

export type WebhookRejection = 'invalid_signature' | 'invalid_payload';

export class WebhookVerificationError extends Error {
  constructor(readonly reason: WebhookRejection, message: string) {
    super(message);
    this.name = 'WebhookVerificationError';
  }
}

/**
 * Verifies a webhook's `WorkOS-Signature` over the exact raw body (re-serialized JSON would not
 * match byte for byte) and returns the event. The SDK rejects a bad HMAC and a timestamp more than
 * `toleranceMs` from now (replays of old deliveries), throwing WebhookVerificationError.
 */
export async function verifyWebhook(rawBody: string, signatureHeader: string, secret: string, toleranceMs: number): Promise<ActivityEvent> {
  let event: SdkEvent;
  try {
    event = await workos().webhooks.constructEvent({ payload: rawBody, sigHeader: signatureHeader, secret, tolerance: toleranceMs });
  } catch (error) {
    if (error instanceof SignatureVerificationException) throw new WebhookVerificationError('invalid_signature', error.message);
    throw new WebhookVerificationError('invalid_payload', 'The body is not a WorkOS event.');
  }
  if (typeof event?.id !== 'string' || typeof event.event !== 'string') throw new WebhookVerificationError('invalid_payload', 'The body is not a WorkOS event.');
  return toActivityEvent(event);
}
