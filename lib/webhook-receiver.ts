/**
 * What the webhook route does with a delivery, as a plain function of its inputs so it can be
 * tested without Next: the route (app/api/webhooks/workos/route.ts) wires in the SDK verifier
 * (lib/workos.ts) and the cache invalidation (lib/cache.ts).
 *
 * Order matters: nothing happens before the signature is verified, so a forged, expired or
 * unsigned request has no side effect at all. The answer is immediate: the only work is marking
 * views stale (no API calls), as WorkOS asks receivers to answer 200 quickly.
 */
import { DSYNC_EVENT_NAMES, eventDirectoryId } from './events';
import type { ActivityEvent } from './types';

/** WorkOS's own default: deliveries older (or newer) than three minutes are refused as replays. */
export const WEBHOOK_TOLERANCE_MS = 180_000;
/** Events are a few KB; anything far larger is not a WorkOS event and is refused unread. */
export const MAX_WEBHOOK_BYTES = 1_000_000;

/**
 * Ids of recently processed events, oldest evicted first (a Map keeps insertion order). Bounded, so
 * a flood of valid deliveries cannot grow memory. In memory only: after a restart a redelivered
 * event is processed again, which is harmless because processing only marks views stale
 * (idempotent); the set just avoids doing even that twice in the common case.
 */
export class RecentIds {
  private readonly ids = new Map<string, true>();
  constructor(private readonly capacity = 10_000) {}

  has(id: string): boolean {
    return this.ids.has(id);
  }

  add(id: string): void {
    this.ids.delete(id);
    this.ids.set(id, true);
    if (this.ids.size > this.capacity) this.ids.delete(this.ids.keys().next().value as string);
  }

  get size(): number {
    return this.ids.size;
  }
}

export type VerifyWebhook = (rawBody: string, signature: string, secret: string, toleranceMs: number) => Promise<ActivityEvent>;

export interface WebhookDeps {
  secret: string | undefined;
  verify: VerifyWebhook;
  /** Tells verification failures (4xx) apart from bugs: returns the rejection reason, or null. */
  rejectionOf: (error: unknown) => 'invalid_signature' | 'invalid_payload' | null;
  seen: RecentIds;
  invalidate: (directoryId: string) => void;
}

export interface WebhookDelivery {
  rawBody: string;
  signature: string | null;
  contentLength: number | null;
}

export interface WebhookAnswer {
  status: number;
  body: Record<string, unknown>;
}

const DSYNC = new Set<string>(DSYNC_EVENT_NAMES);

export async function receiveWebhook(delivery: WebhookDelivery, deps: WebhookDeps): Promise<WebhookAnswer> {
  if (!deps.secret) {
    return { status: 503, body: { error: 'webhook_secret_not_configured', message: 'Set WORKOS_WEBHOOK_SECRET to the endpoint’s secret from the WorkOS dashboard, then restart.' } };
  }
  if ((delivery.contentLength ?? 0) > MAX_WEBHOOK_BYTES || delivery.rawBody.length > MAX_WEBHOOK_BYTES) {
    return { status: 413, body: { error: 'payload_too_large', message: 'A WorkOS event is never this large.' } };
  }
  if (!delivery.signature) {
    return { status: 400, body: { error: 'missing_signature', message: 'The WorkOS-Signature header is required.' } };
  }
  let event: ActivityEvent;
  try {
    event = await deps.verify(delivery.rawBody, delivery.signature, deps.secret, WEBHOOK_TOLERANCE_MS);
  } catch (error) {
    const reason = deps.rejectionOf(error);
    if (!reason) throw error;
    return reason === 'invalid_signature'
      ? { status: 401, body: { error: 'invalid_signature', message: 'The signature does not match this body and secret, or its timestamp is outside the tolerance.' } }
      : { status: 400, body: { error: 'invalid_payload', message: 'The signed body is not a WorkOS event.' } };
  }
  if (deps.seen.has(event.id)) return { status: 200, body: { received: true, id: event.id, duplicate: true } };
  const directoryId = DSYNC.has(event.event) ? eventDirectoryId(event) : null;
  if (directoryId) deps.invalidate(directoryId);
  // Remembered only once handled: if invalidation threw, WorkOS's retry gets a second chance.
  deps.seen.add(event.id);
  return { status: 200, body: { received: true, id: event.id, ...(directoryId ? { directory_id: directoryId } : { ignored: true }) } };
}
