import { z } from 'zod';
import type { Context } from 'hono';
import { AUTHKIT_ORGANIZATION_ID, AUTHKIT_ORGANIZATION_NAME, DEFAULT_EMULATOR_CLIENT_ID, DEMO_ACCOUNTS } from './authkit-accounts';
import { ApiError, notFound } from './errors';
import type { FaultSpec } from './faults';
import { jsonObjectBody, jsonResponse, type App, type AppEnv } from './http';
import { SEED_IDS } from './seed';
import { groupWire, userWithGroupsWire } from './serialize';
import type { EmulatorState } from './state';
import { USER_STATES, type JsonObject, type UserRecord } from './types';

/**
 * The control API (`/_emulator/*`): test/demo knobs and IdP-style data changes. The same operations
 * are exposed as methods (EmulatorControl) on the handle returned by startEmulator, and over HTTP.
 */

const json = z.record(z.string(), z.unknown());
const UserFields = z.object({
  idp_id: z.string().min(1),
  email: z.string().nullable(),
  first_name: z.string().nullable(),
  last_name: z.string().nullable(),
  name: z.string().nullable(),
  emails: z.array(z.object({ primary: z.boolean(), type: z.string(), value: z.string().nullable() })),
  username: z.string().nullable(),
  job_title: z.string().nullable(),
  state: z.enum(USER_STATES),
  custom_attributes: json,
  raw_attributes: json,
  role: z.object({ slug: z.string() }),
  roles: z.array(z.object({ slug: z.string() })),
}).partial().strict();
export type UserFieldsInput = z.input<typeof UserFields>;

const GroupFields = z.object({ name: z.string().min(1), idp_id: z.string().min(1).optional(), raw_attributes: json.optional() }).strict();
export type GroupFieldsInput = z.input<typeof GroupFields>;

const FaultSchema = z.object({
  method: z.string().optional(),
  path: z.string().refine((p) => { try { new RegExp(p); return true; } catch { return false; } }, 'must be a valid regular expression'),
  status: z.number().int().min(100).max(599).optional(),
  body: z.unknown().optional(),
  retryAfter: z.number().int().min(0).optional(),
  times: z.number().int().min(1).optional(),
  mode: z.enum(['status', 'timeout', 'close']).optional(),
});
const Ms = z.object({ ms: z.number().min(0) });
const RateLimitSchema = z.object({ enabled: z.boolean(), perSecond: z.number().int().min(1).optional() });
const WebhookSchema = z.object({ url: z.string().url(), secret: z.string().min(1) });
const Redeliver = z.object({ event_id: z.string().min(1) });
const Member = z.object({ user_id: z.string().min(1) });
const Ttl = z.object({ seconds: z.number().int().min(1).max(30 * 86_400) });

function parse<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const result = schema.safeParse(input);
  if (!result.success) throw new ApiError(400, `Invalid request body: ${z.prettifyError(result.error)}`, 'invalid_body');
  return result.data;
}

export class EmulatorControl {
  constructor(private readonly state: EmulatorState) {}

  reset(): void {
    this.state.reset();
  }
  addFault(spec: FaultSpec): { id: string } {
    return { id: this.state.faults.add(parse(FaultSchema, spec) as FaultSpec).id };
  }
  clearFaults(): void {
    this.state.faults.clear();
  }
  setLatency(ms: number): void {
    this.state.latencyMs = parse(Ms, { ms }).ms;
  }
  setRateLimit(enabled: boolean, perSecond?: number): void {
    const body = parse(RateLimitSchema, { enabled, perSecond });
    this.state.rateLimiter.configure(body.enabled, body.perSecond);
  }
  setDeleteDelay(ms: number): void {
    this.state.deleteDelayMs = parse(Ms, { ms }).ms;
  }
  stats(): Record<string, number> {
    return Object.fromEntries([...this.state.stats.entries()].sort());
  }
  resetStats(): void {
    this.state.stats.clear();
  }
  /** AuthKit access-token lifetime for tokens issued from now on (until reset). */
  setAccessTokenTtl(seconds: number): void {
    this.state.authkit.accessTokenTtlSeconds = parse(Ttl, { seconds }).seconds;
  }
  /** What a test or the dashboard's setup check needs to know about the AuthKit side. */
  authkitInfo() {
    return {
      client_id: DEFAULT_EMULATOR_CLIENT_ID,
      organization_id: AUTHKIT_ORGANIZATION_ID,
      organization_name: AUTHKIT_ORGANIZATION_NAME,
      accounts: DEMO_ACCOUNTS,
      access_token_ttl_seconds: this.state.authkit.accessTokenTtlSeconds,
      kid: this.state.authkit.key.kid,
    };
  }

  createUser(directoryId: string, fields: UserFieldsInput = {}): JsonObject {
    const { store, sync } = this.state;
    const dir = store.directories.get(directoryId);
    if (!dir) throw notFound('Directory', directoryId);
    const { raw_attributes, custom_attributes, ...f } = parse(UserFields, fields);
    const user = sync.createUser(dir, {
      ...f,
      idp_id: f.idp_id ?? `idp_${store.users.size + 1}_${Date.now().toString(36)}`,
      email: f.email ?? null,
      first_name: f.first_name ?? null,
      last_name: f.last_name ?? null,
      state: f.state ?? 'active',
      custom_attributes: (custom_attributes ?? {}) as JsonObject,
      ...(raw_attributes && { raw_attributes: raw_attributes as JsonObject }),
    });
    return userWithGroupsWire(user, store);
  }
  updateUser(userId: string, patch: UserFieldsInput): JsonObject {
    const { store, sync } = this.state;
    if (!store.users.has(userId)) throw notFound('Directory user', userId);
    sync.updateUser(userId, parse(UserFields, patch) as Partial<UserRecord>);
    return userWithGroupsWire(store.users.get(userId) as UserRecord, store);
  }
  deleteUser(userId: string): void {
    if (!this.state.sync.deleteUser(userId)) throw notFound('Directory user', userId);
  }
  createGroup(directoryId: string, fields: GroupFieldsInput): JsonObject {
    const { store, sync } = this.state;
    const dir = store.directories.get(directoryId);
    if (!dir) throw notFound('Directory', directoryId);
    const f = parse(GroupFields, fields);
    const group = sync.createGroup(dir, {
      name: f.name,
      idp_id: f.idp_id ?? `grp_${store.groups.size + 1}_${Date.now().toString(36)}`,
      ...(f.raw_attributes && { raw_attributes: f.raw_attributes as JsonObject }),
    });
    return groupWire(group);
  }
  deleteGroup(groupId: string): void {
    if (!this.state.sync.deleteGroup(groupId)) throw notFound('Directory group', groupId);
  }
  addMember(groupId: string, userId: string): { added: boolean } {
    this.checkMembership(groupId, userId);
    return { added: this.state.sync.addMember(groupId, userId) };
  }
  removeMember(groupId: string, userId: string): { removed: boolean } {
    this.checkMembership(groupId, userId);
    return { removed: this.state.sync.removeMember(groupId, userId) };
  }
  addWebhookEndpoint(url: string, secret: string): { id: string; url: string } {
    const body = parse(WebhookSchema, { url, secret });
    const endpoint = this.state.webhooks.addEndpoint(body.url, body.secret);
    return { id: endpoint.id, url: endpoint.url };
  }
  webhookDeliveries() {
    return this.state.webhooks.listDeliveries();
  }
  redeliver(eventId: string): void {
    const event = this.state.store.events.get(eventId);
    if (!event) throw notFound('Event', eventId);
    this.state.webhooks.dispatch(event);
  }
  /** Resolves when all webhook deliveries started so far have completed. */
  webhooksIdle(): Promise<void> {
    return this.state.webhooks.idle();
  }

  private checkMembership(groupId: string, userId: string): void {
    const { store } = this.state;
    const group = store.groups.get(groupId);
    if (!group) throw notFound('Directory group', groupId);
    const user = store.users.get(userId);
    if (!user) throw notFound('Directory user', userId);
    if (user.directory_id !== group.directory_id) throw new ApiError(422, 'User and group belong to different directories.', 'invalid_request_parameters');
  }
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

async function body(c: Context<AppEnv>): Promise<Record<string, unknown>> {
  const value = await jsonObjectBody(c);
  if (!value) throw new ApiError(400, 'Request body must be a JSON object.', 'invalid_body');
  return value;
}

const ok = (value: unknown = { ok: true }) => jsonResponse(value);

export function controlRoutes(app: App, control: EmulatorControl): void {
  // Loopback only: the control API has no auth, so it must not be reachable from elsewhere.
  app.use('/_emulator/*', async (c, next) => {
    const remote = c.env.incoming.socket.remoteAddress ?? '';
    if (!LOOPBACK.has(remote)) throw new ApiError(403, 'The control API is only available from loopback.', 'forbidden');
    await next();
  });
  const p = (c: Context<AppEnv>, name: string) => c.req.param(name) ?? '';

  app.post('/_emulator/reset', () => (control.reset(), ok()));
  app.get('/_emulator/seed-ids', () => ok(SEED_IDS));
  app.post('/_emulator/faults', async (c) => ok(control.addFault((await body(c)) as unknown as FaultSpec)));
  app.delete('/_emulator/faults', () => (control.clearFaults(), ok()));
  app.post('/_emulator/latency', async (c) => (control.setLatency((await body(c)).ms as number), ok()));
  app.post('/_emulator/rate-limit', async (c) => {
    const b = await body(c);
    control.setRateLimit(b.enabled as boolean, b.perSecond as number | undefined);
    return ok();
  });
  app.post('/_emulator/delete-delay', async (c) => (control.setDeleteDelay((await body(c)).ms as number), ok()));
  app.get('/_emulator/stats', () => ok(control.stats()));
  app.post('/_emulator/stats/reset', () => (control.resetStats(), ok()));
  app.get('/_emulator/authkit', () => ok(control.authkitInfo()));
  app.post('/_emulator/authkit/token-ttl', async (c) => (control.setAccessTokenTtl((await body(c)).seconds as number), ok()));

  app.post('/_emulator/directories/:id/users', async (c) => jsonResponse(control.createUser(p(c, 'id'), await body(c)), 201));
  app.patch('/_emulator/directory_users/:id', async (c) => ok(control.updateUser(p(c, 'id'), await body(c))));
  app.delete('/_emulator/directory_users/:id', (c) => (control.deleteUser(p(c, 'id')), ok()));
  app.post('/_emulator/directories/:id/groups', async (c) => jsonResponse(control.createGroup(p(c, 'id'), (await body(c)) as GroupFieldsInput), 201));
  app.delete('/_emulator/directory_groups/:gid', (c) => (control.deleteGroup(p(c, 'gid')), ok()));
  app.post('/_emulator/directory_groups/:gid/members', async (c) => {
    const { user_id } = parse(Member, await body(c));
    return ok(control.addMember(p(c, 'gid'), user_id));
  });
  app.delete('/_emulator/directory_groups/:gid/members/:uid', (c) => ok(control.removeMember(p(c, 'gid'), p(c, 'uid'))));

  app.post('/_emulator/webhook-endpoints', async (c) => {
    const b = await body(c);
    return jsonResponse(control.addWebhookEndpoint(b.url as string, b.secret as string), 201);
  });
  app.post('/_emulator/webhook-endpoints/redeliver', async (c) => {
    control.redeliver(parse(Redeliver, await body(c)).event_id);
    return ok();
  });
  app.get('/_emulator/webhook-deliveries', () => ok(control.webhookDeliveries()));
}
