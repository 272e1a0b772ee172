/**
 * The only module that talks to WorkOS. Server-only: the API key never leaves the server.
 *
 * The client is built lazily (on first call, from env) so `next build` works with no key, and every
 * helper returns plain serializable data (ISO date strings, no SDK classes). Failures are thrown as
 * `WorkOSApiError`; single-object lookups return `null` for an unknown id instead.
 */
import 'server-only';
import { cache } from 'react';
import { SignatureVerificationException, WorkOS } from '@workos-inc/node';
import type {
  Event as SdkEvent,
  EventName,
  Directory as SdkDirectory,
  DirectoryGroup as SdkDirectoryGroup,
  DirectoryUser as SdkDirectoryUser,
} from '@workos-inc/node';
import { WorkOSApiError, describeFailure } from './api-error';
import { readWorkOSConnection } from './config';
import type { ActivityEvent, Directory, DirectoryGroup, DirectoryUser, Page, SortOrder } from './types';

/** A dead API must answer within seconds, not the SDK's default 60 s × 4 attempts. */
const REQUEST_TIMEOUT_MS = 8_000;

let client: WorkOS | undefined;

function workos(): WorkOS {
  if (!client) {
    const connection = readWorkOSConnection();
    client = new WorkOS(connection.apiKey, {
      clientId: connection.clientId,
      apiHostname: connection.apiHostname,
      port: connection.port,
      https: connection.https,
      timeout: REQUEST_TIMEOUT_MS,
      maxRetries: 0,
    });
  }
  return client;
}

/** Runs one SDK call; on failure logs one structured line (no secrets) and throws a WorkOSApiError. */
async function call<T>(operation: string, run: (api: WorkOS) => Promise<T>): Promise<T> {
  try {
    return await run(workos());
  } catch (error) {
    const failure = describeFailure(error);
    if (failure.kind !== 'not_found') {
      console.error(
        JSON.stringify({ level: 'error', event: 'workos_api_call_failed', operation, kind: failure.kind, status: failure.status, requestId: failure.requestId }),
      );
    }
    throw new WorkOSApiError(failure);
  }
}

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
  const list = await call('listDirectories', (api) => api.directorySync.listDirectories(request));
  return toPage(list, toDirectory);
}

/** De-duplicated per request: a directory's layout and page both ask for it. */
export const getDirectory = cache(async (id: string): Promise<Directory | null> =>
  orNullIfNotFound(call('getDirectory', async (api) => toDirectory(await api.directorySync.getDirectory({ id })))),
);

export async function listDirectoryUsers(
  request: PageRequest & { directoryId: string; groupId?: string; email?: string },
): Promise<Page<DirectoryUser>> {
  const { groupId, ...rest } = request;
  const list = await call('listDirectoryUsers', (api) => api.directorySync.listDirectoryUsers({ ...rest, group: groupId }));
  return toPage(list, toUser);
}

export const getDirectoryUser = cache(async (directoryId: string, userId: string): Promise<DirectoryUser | null> =>
  orNullIfNotFound(call('getDirectoryUser', async (api) => toUser(await api.directorySync.getDirectoryUser({ directoryId, userId })))),
);

export async function listDirectoryGroups(request: PageRequest & { directoryId: string; userId?: string }): Promise<Page<DirectoryGroup>> {
  const { userId, ...rest } = request;
  const list = await call('listDirectoryGroups', (api) => api.directorySync.listDirectoryGroups({ ...rest, user: userId }));
  return toPage(list, toGroup);
}

export const getDirectoryGroup = cache(async (directoryId: string, groupId: string): Promise<DirectoryGroup | null> =>
  orNullIfNotFound(call('getDirectoryGroup', async (api) => toGroup(await api.directorySync.getDirectoryGroup({ directoryId, groupId })))),
);

export async function deleteDirectory(id: string): Promise<void> {
  await call('deleteDirectory', (api) => api.directorySync.deleteDirectory({ id }));
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
  const list = await call('listEvents', (api) =>
    api.events.listEvents({ organizationId: request.organizationId, events: [...request.events] as EventName[], limit: request.limit, after: request.after }),
  );
  return { data: list.data.map(toActivityEvent), after: list.listMetadata.after ?? null };
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
