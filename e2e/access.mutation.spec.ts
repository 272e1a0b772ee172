import { expect, request as playwrightRequest, test } from '@playwright/test';
import type { Request } from '@playwright/test';
import { VIEWER } from './support/accounts';
import { emulatorControl, emulatorDirectoryStatus, emulatorListAll, largestDirectory } from './support/emulator-api';
import type { WireGroup, WireUser } from './support/emulator-api';
import { deletableDirectory } from './support/directories';
import { DASHBOARD_URL } from './support/ports';

/**
 * Without a session, every route redirects to sign in (API routes answer 401) and every server
 * action is refused, never data; a viewer's forged delete is refused by the server.
 */
test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  await emulatorControl('reset');
});

/** Performs a server action in the admin's browser but aborts it on the wire, keeping the request to replay. */
async function captureAction(page: import('@playwright/test').Page, trigger: () => Promise<void>): Promise<Request> {
  let captured: Request | undefined;
  await page.route('**/*', async (route) => {
    if (route.request().method() === 'POST' && route.request().headers()['next-action']) {
      captured = route.request();
      await route.abort();
    } else {
      await route.continue();
    }
  });
  await trigger();
  await expect.poll(() => captured !== undefined).toBe(true);
  await page.unroute('**/*');
  await page.reload(); // the aborted action leaves the page in its error state
  return captured!;
}

test('every route without a session: a redirect to sign in or 401, never data', async () => {
  const large = await largestDirectory();
  const [user] = await emulatorListAll<WireUser>(`/directories/${large.id}/users`);
  const [group] = await emulatorListAll<WireGroup>(`/directories/${large.id}/groups`);
  const anonymous = await playwrightRequest.newContext({ baseURL: DASHBOARD_URL, storageState: { cookies: [], origins: [] } });
  const pages = [
    '/',
    '/directories',
    `/directories/${large.id}`,
    `/directories/${large.id}/users`,
    `/directories/${large.id}/groups`,
    `/directories/${large.id}/activity`,
    `/directories/${large.id}/users/${user!.id}`,
    `/directories/${large.id}/groups/${group!.id}`,
    '/audit',
    '/settings',
    '/settings/connection',
  ];
  for (const url of pages) {
    const response = await anonymous.get(url, { maxRedirects: 0 });
    expect(response.status(), url).toBe(307);
    expect(response.headers()['location'], url).toMatch(/\/user_management\/authorize\?/);
    expect(await response.text(), url).not.toContain(user!.email ?? '@');
  }
  const exported = await anonymous.get(`/api/directories/${large.id}/export?kind=users&format=csv`, { maxRedirects: 0 });
  expect(exported.status()).toBe(401);
  expect(await exported.text()).not.toContain(user!.id);
  await anonymous.dispose();
});

test('every server action without a session is refused, and a viewer cannot delete even with a forged request', async ({ page, browser }) => {
  const target = await deletableDirectory();
  await page.goto(`/directories/${target.id}/users`);
  const refresh = await captureAction(page, () => page.getByRole('button', { name: 'Refresh' }).click());
  const remove = await captureAction(page, async () => {
    await page.getByRole('button', { name: 'Delete directory' }).click();
    await page.getByRole('dialog').getByLabel(/to confirm/).fill(target.name);
    await page.getByRole('dialog').getByRole('button', { name: 'Delete directory' }).click();
  });

  const anonymous = await playwrightRequest.newContext({ baseURL: DASHBOARD_URL, storageState: { cookies: [], origins: [] } });
  for (const action of [refresh, remove]) {
    const { cookie: _cookie, ...headers } = action.headers();
    const response = await anonymous.post(action.url(), { headers, data: action.postDataBuffer() ?? undefined, maxRedirects: 0 });
    expect([303, 307, 401], action.url()).toContain(response.status());
  }
  await anonymous.dispose();
  expect(await emulatorDirectoryStatus(target.id)).toBe(200);

  // The viewer replays the admin's delete with their own session: refused by the server, recorded.
  const viewer = await browser.newContext({ storageState: VIEWER.storageState });
  const viewerPage = await viewer.newPage();
  await viewerPage.goto('/directories');
  const { cookie: _adminCookie, ...headersWithoutCookie } = remove.headers();
  const forged = await viewerPage.request.post(remove.url(), { headers: headersWithoutCookie, data: remove.postDataBuffer() ?? undefined });
  expect(forged.status()).toBe(200);
  expect(await forged.text()).toContain('Only admins can delete directories');
  expect(await emulatorDirectoryStatus(target.id)).toBe(200);
  await viewerPage.goto('/audit');
  await expect(viewerPage.getByRole('table', { name: 'Audit entries' }).locator('tbody tr').first()).toContainText('Only admins may delete directories.');
  await viewer.close();
});
