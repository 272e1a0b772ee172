import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { EMULATOR_DEFAULT_API_KEY } from '../lib/config';
import type { WireGroup, WireUser } from './support/emulator-api';
import { countRequests, emulatorControl, emulatorDirectoryStatus, emulatorListAll, emulatorStats } from './support/emulator-api';
import { deletableDirectory } from './support/directories';
import { EMULATOR_URL } from './support/ports';

test.describe.configure({ mode: 'serial' });

test.beforeEach(async () => {
  await emulatorControl('reset');
  await emulatorControl('stats/reset');
});

test.afterAll(async () => {
  await emulatorControl('reset');
});

async function openDeleteDialog(page: Page, directoryId: string) {
  await page.goto(`/directories/${directoryId}/users`);
  await page.getByRole('button', { name: 'Delete directory' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  return dialog;
}

test('the confirm step states what will be lost, and cancel leaves the directory intact', async ({ page }) => {
  const target = await deletableDirectory();
  const dialog = await openDeleteDialog(page, target.id);
  await expect(dialog.getByRole('heading')).toHaveText(`Delete “${target.name}”?`);
  await expect(dialog).toContainText('This cannot be undone.');
  await expect(dialog).toContainText('dsync.deleted');
  await expect(dialog).toContainText(target.organization_id);
  const users = target.metadata!.users.active + target.metadata!.users.inactive;
  await expect(dialog).toContainText(`${users.toLocaleString('en-US')} users`);
  await expect(dialog).toContainText(`${target.metadata!.groups.toLocaleString('en-US')} groups`);

  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: target.name })).toBeVisible();
  expect(await emulatorDirectoryStatus(target.id)).toBe(200);
  expect(countRequests(await emulatorStats(), 'DELETE', /.*/)).toBe(0);
});

test('a wrong name cannot be submitted, and a forged request with a wrong name is refused by the server', async ({ page }) => {
  const target = await deletableDirectory();
  const dialog = await openDeleteDialog(page, target.id);
  const input = dialog.getByLabel(/to confirm/);
  const submit = dialog.getByRole('button', { name: 'Delete directory' });
  await expect(submit).toBeDisabled();
  for (const wrong of ['x', target.name.toUpperCase(), target.name.slice(0, -1), `${target.name}!`]) {
    await input.fill(wrong);
    await expect(submit).toBeDisabled();
  }

  // Forge: enable the button with the right name, then swap the field's value behind React's back.
  await input.fill(target.name);
  await expect(submit).toBeEnabled();
  await input.evaluate((element: HTMLInputElement) => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(element, 'Some Other Directory');
    element.form!.requestSubmit();
  });
  await expect(dialog.getByRole('status')).toContainText(`does not match “${target.name}”. Nothing was deleted.`);
  expect(await emulatorDirectoryStatus(target.id)).toBe(200);
  expect(countRequests(await emulatorStats(), 'DELETE', /.*/)).toBe(0);

  await page.goto('/audit');
  await expect(page.getByRole('table', { name: 'Audit entries' }).locator('tbody tr').first()).toContainText('Refused');
});

test('success: deletes once, says what was deleted, and the directory’s pages turn 404', async ({ page }) => {
  const target = await deletableDirectory();
  const [user] = await emulatorListAll<WireUser>(`/directories/${target.id}/users`);
  const [group] = await emulatorListAll<WireGroup>(`/directories/${target.id}/groups`);
  const dialog = await openDeleteDialog(page, target.id);
  await dialog.getByLabel(/to confirm/).fill(target.name);

  // Capture the action request so it can be replayed afterwards.
  const actionRequest = page.waitForRequest((request) => request.method() === 'POST' && Boolean(request.headers()['next-action']));
  await dialog.getByRole('button', { name: 'Delete directory' }).dblclick();
  const replay = await actionRequest;

  await expect(page).toHaveURL(/\/directories\?deleted=/);
  await expect(page.getByRole('status').filter({ hasText: 'Deleted the directory' })).toContainText(`Deleted the directory “${target.name}”`);

  // WorkOS passes through `deleting` before the directory is gone; the list stops showing it.
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole('link', { name: target.name, exact: true })).toHaveCount(0);
  }).toPass({ timeout: 10_000 });

  for (const url of [`/directories/${target.id}/users`, `/directories/${target.id}/groups`, `/directories/${target.id}/users/${user!.id}`, `/directories/${target.id}/groups/${group!.id}`]) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(404);
  }

  // A replayed action request neither deletes again nor shows an error page.
  const replayed = await page.request.post(replay.url(), { headers: replay.headers(), data: replay.postDataBuffer() ?? undefined });
  expect(replayed.status()).toBeLessThan(500);
  expect(countRequests(await emulatorStats(), 'DELETE', /.*/)).toBe(1);

  await page.goto('/audit');
  const rows = page.getByRole('table', { name: 'Audit entries' }).locator('tbody tr');
  const outcomeOf = (text: RegExp) => rows.filter({ hasText: target.id }).filter({ has: page.locator('td:nth-child(4)', { hasText: text }) });
  await expect(outcomeOf(/^Deleted$/)).toHaveCount(1);
  await expect(outcomeOf(/^Already deleted$/)).toHaveCount(1);
});

test('a forced API failure leaves the directory intact with a clear message, and a retry succeeds', async ({ page }) => {
  const target = await deletableDirectory();
  await emulatorControl('faults', { method: 'DELETE', path: '^/directories/', status: 500, times: 1 });
  const dialog = await openDeleteDialog(page, target.id);
  await dialog.getByLabel(/to confirm/).fill(target.name);
  await dialog.getByRole('button', { name: 'Delete directory' }).click();
  await expect(dialog.getByRole('status')).toContainText('could not delete the directory (HTTP 500). It is intact; you can try again.');
  expect(await emulatorDirectoryStatus(target.id)).toBe(200);

  await dialog.getByRole('button', { name: 'Delete directory' }).click();
  await expect(page).toHaveURL(/\/directories\?deleted=/);
  await expect(page.getByText(`Deleted the directory “${target.name}”`)).toBeVisible();
});

test('rate limiting is reported with the wait, and nothing is deleted', async ({ page }) => {
  const target = await deletableDirectory();
  await emulatorControl('faults', { method: 'DELETE', path: '^/directories/', status: 429, retryAfter: 7, times: 1 });
  const dialog = await openDeleteDialog(page, target.id);
  await dialog.getByLabel(/to confirm/).fill(target.name);
  await dialog.getByRole('button', { name: 'Delete directory' }).click();
  await expect(dialog.getByRole('status')).toContainText('wait 7 s');
  expect(await emulatorDirectoryStatus(target.id)).toBe(200);
});

test('deleting a directory that is already gone ends in a friendly outcome', async ({ page }) => {
  const target = await deletableDirectory();
  await emulatorControl('delete-delay', { ms: 0 });
  const dialog = await openDeleteDialog(page, target.id);
  await dialog.getByLabel(/to confirm/).fill(target.name);
  // Someone else deletes it meanwhile.
  const response = await fetch(new URL(`/directories/${target.id}`, EMULATOR_URL), { method: 'DELETE', headers: { Authorization: `Bearer ${EMULATOR_DEFAULT_API_KEY}` } });
  expect(response.status).toBe(202);
  await expect.poll(() => emulatorDirectoryStatus(target.id)).toBe(404);

  await dialog.getByRole('button', { name: 'Delete directory' }).click();
  await expect(page).toHaveURL(/\/directories\?deleted=/);
  await expect(page.getByText(`“${target.name}” was already deleted`)).toBeVisible();
  await expect(page.getByRole('link', { name: target.name, exact: true })).toHaveCount(0);
});
