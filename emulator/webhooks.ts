import { createHmac } from 'node:crypto';
import type { EventRecord } from './types';

/**
 * Webhook delivery as WorkOS does it (API.md §8): POST the event JSON with
 * `WorkOS-Signature: t=<unix ms>, v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`.
 * Deliveries are recorded (status or error) so tests can assert on them.
 */

export interface WebhookEndpoint {
  id: string;
  url: string;
  secret: string;
}

export interface WebhookDelivery {
  id: string;
  endpoint_id: string;
  url: string;
  event_id: string;
  event: string;
  status: number | null;
  ok: boolean;
  error: string | null;
  attempted_at: string;
  duration_ms: number;
}

export function signPayload(secret: string, timestampMs: number, body: string): string {
  const hex = createHmac('sha256', secret).update(`${timestampMs}.${body}`).digest('hex');
  return `t=${timestampMs}, v1=${hex}`;
}

/** Webhook body: id, event, data, created_at (plus context when present). */
export function webhookBody(event: EventRecord): string {
  return JSON.stringify({
    id: event.id,
    event: event.event,
    data: event.data,
    created_at: event.created_at,
    ...(event.context && { context: event.context }),
  });
}

const DELIVERY_TIMEOUT_MS = 5_000;

export class WebhookDispatcher {
  private endpoints: WebhookEndpoint[] = [];
  private deliveries: WebhookDelivery[] = [];
  private pending = new Set<Promise<void>>();
  private seq = 0;

  addEndpoint(url: string, secret: string): WebhookEndpoint {
    const endpoint = { id: `we_${++this.seq}`, url, secret };
    this.endpoints.push(endpoint);
    return endpoint;
  }

  listEndpoints(): WebhookEndpoint[] {
    return this.endpoints.map((e) => ({ ...e }));
  }

  listDeliveries(): WebhookDelivery[] {
    return this.deliveries.slice();
  }

  clear(): void {
    this.endpoints = [];
    this.deliveries = [];
  }

  /** Fire-and-forget delivery to every endpoint; never throws into the caller (the API request). */
  dispatch(event: EventRecord): void {
    for (const endpoint of this.endpoints) {
      const p = this.deliver(endpoint, event).finally(() => this.pending.delete(p));
      this.pending.add(p);
    }
  }

  /** Resolves once every delivery started so far has finished (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.pending.size) await Promise.allSettled([...this.pending]);
  }

  private async deliver(endpoint: WebhookEndpoint, event: EventRecord): Promise<void> {
    const body = webhookBody(event);
    const started = Date.now();
    const record: WebhookDelivery = {
      id: `whd_${++this.seq}`, endpoint_id: endpoint.id, url: endpoint.url, event_id: event.id, event: event.event,
      status: null, ok: false, error: null, attempted_at: new Date(started).toISOString(), duration_ms: 0,
    };
    try {
      const res = await fetch(endpoint.url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'WorkOS-Signature': signPayload(endpoint.secret, started, body) },
        body,
        signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
      });
      await res.arrayBuffer().catch(() => undefined);
      record.status = res.status;
      record.ok = res.ok;
    } catch (err) {
      record.error = err instanceof Error ? err.message : String(err);
    }
    record.duration_ms = Date.now() - started;
    this.deliveries.push(record);
  }
}
