import { createHmac } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { SEED_IDS } from '../emulator/seed';
import { emulatorControl, emulatorGet } from './support/emulator-api';
import { DASHBOARD_URL, EMULATOR_URL } from './support/ports';
import { E2E_WEBHOOK_SECRET } from './support/server-env';

test.describe.configure({ mode: 'serial' });

const RECEIVER = `${DASHBOARD_URL}/api/webhooks/workos`;

interface Delivery {
  event_id: string;
  url: string;
  status: number | null;
  ok: boolean;
}

async function deliveries(): Promise<Delivery[]> {
  const response = await fetch(new URL('/_emulator/webhook-deliveries', EMULATOR_URL));
  return ((await response.json()) as Delivery[]).filter((d) => d.url === RECEIVER);
}

async function controlJson<T>(path: string, body: unknown): Promise<T> {
  const response = await fetch(new URL(`/_emulator/${path}`, EMULATOR_URL), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  expect(response.ok, `control ${path}: HTTP ${response.status}`).toBe(true);
  return (await response.json()) as T;
}

/** Signs like WorkOS: `t=<unix ms>, v1=<hex HMAC-SHA256(secret, "<t>.<body>")>` (API.md §8). */
function sign(secret: string, timestampMs: number, body: string): string {
  return `t=${timestampMs}, v1=${createHmac('sha256', secret).update(`${timestampMs}.${body}`).digest('hex')}`;
}

async function post(body: string, signature?: string) {
  const response = await fetch(RECEIVER, { method: 'POST', headers: { 'Content-Type': 'application/json', ...(signature && { 'WorkOS-Signature': signature }) }, body });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

test.beforeAll(async () => {
  await emulatorControl('reset');
  // Endpoints outlive resets in the emulator: register once for this file.
  await emulatorControl('webhook-endpoints', { url: RECEIVER, secret: E2E_WEBHOOK_SECRET });
});

test.afterAll(async () => {
  await emulatorControl('reset');
});

test('an IdP-side change arrives as a signed webhook; the dashboard then shows the new user and the activity entry; a redelivery is a no-op', async ({ page }) => {
  const directoryId = SEED_IDS.acmeDirectoryId;
  const email = `ada.lovelace.${Date.now()}@acme.com`;
  const user = await controlJson<{ id: string }>(`directories/${directoryId}/users`, { first_name: 'Ada', last_name: 'Lovelace', email, state: 'active' });
  const events = await emulatorGet<{ data: { id: string; data: { id: string } }[] }>('/events', { events: 'dsync.user.created', organization_id: SEED_IDS.acmeOrganizationId, limit: '1' });
  const event = events.data[0]!;
  expect(event.data.id).toBe(user.id);

  await expect.poll(async () => (await deliveries()).find((d) => d.event_id === event.id)?.status, { timeout: 15_000 }).toBe(200);

  await page.goto(`/directories/${directoryId}/users?email=${encodeURIComponent(email)}`);
  await expect(page.locator(`table tbody tr[data-row-id="${user.id}"]`)).toContainText('Ada Lovelace');
  await page.goto(`/directories/${directoryId}/activity`);
  const newest = page.getByRole('table', { name: 'Activity' }).locator('tbody tr').first();
  await expect(newest).toHaveAttribute('data-row-id', event.id);
  await expect(newest).toContainText('Ada Lovelace was added to the directory');

  // Redelivery: accepted (200) and recognised as already processed.
  const before = (await deliveries()).length;
  await emulatorControl('webhook-endpoints/redeliver', { event_id: event.id });
  await expect.poll(async () => (await deliveries()).length, { timeout: 15_000 }).toBe(before + 1);
  expect((await deliveries()).at(-1)).toMatchObject({ event_id: event.id, status: 200 });
});

test('forged, expired and missing signatures are refused with 4xx and change nothing', async () => {
  const body = JSON.stringify({
    id: `event_01FORGED${Date.now()}`,
    event: 'dsync.user.deleted',
    data: { object: 'directory_user', id: SEED_IDS.acmeJoseUserId, directory_id: SEED_IDS.acmeDirectoryId, organization_id: SEED_IDS.acmeOrganizationId, idp_id: 'x', email: 'x@acme.com', first_name: 'X', last_name: 'Y', state: 'active', raw_attributes: {}, custom_attributes: {}, created_at: '2026-01-01T00:00:00.000Z', updated_at: '2026-01-01T00:00:00.000Z' },
    created_at: new Date().toISOString(),
  });

  const forged = await post(body, sign('not-the-secret', Date.now(), body));
  expect(forged).toMatchObject({ status: 401, body: { error: 'invalid_signature' } });
  const tampered = await post(body.replace('"X"', '"Z"'), sign(E2E_WEBHOOK_SECRET, Date.now(), body));
  expect(tampered.status).toBe(401);
  const expired = await post(body, sign(E2E_WEBHOOK_SECRET, Date.now() - 10 * 60_000, body));
  expect(expired).toMatchObject({ status: 401, body: { error: 'invalid_signature' } });
  const missing = await post(body);
  expect(missing).toMatchObject({ status: 400, body: { error: 'missing_signature' } });

  // None of them was processed: the same event, correctly signed, is new to the receiver (not a duplicate)…
  const genuine = await post(body, sign(E2E_WEBHOOK_SECRET, Date.now(), body));
  expect(genuine).toMatchObject({ status: 200, body: { received: true, directory_id: SEED_IDS.acmeDirectoryId } });
  expect(genuine.body.duplicate).toBeUndefined();
  // …and only now is it remembered.
  expect((await post(body, sign(E2E_WEBHOOK_SECRET, Date.now(), body))).body.duplicate).toBe(true);
  // The user the forged event claimed was deleted is still there (the receiver never calls the API to change data).
  expect((await emulatorGet<{ id: string }>(`/directories/${SEED_IDS.acmeDirectoryId}/users/${SEED_IDS.acmeJoseUserId}`)).id).toBe(SEED_IDS.acmeJoseUserId);
});
