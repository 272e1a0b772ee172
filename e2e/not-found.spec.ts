import { expect, test } from '@playwright/test';
import type { WireDirectory, WireGroup, WireUser } from './support/emulator-api';
import { emulatorListAll, largestDirectory } from './support/emulator-api';

const UNKNOWN_DIRECTORY = 'directory_01ZZZZZZZZZZZZZZZZZZZZZZZZ';

test('unknown, malformed and path-like ids give a 404 page with a way back', async ({ page }) => {
  const large = await largestDirectory();
  const directories = await emulatorListAll<WireDirectory>('/directories');
  const other = directories.find((d) => d.id !== large.id && (d.metadata?.users.active ?? 0) > 0)!;
  const [otherUser] = await emulatorListAll<WireUser>(`/directories/${other.id}/users`);
  const [otherGroup] = await emulatorListAll<WireGroup>(`/directories/${large.id}/groups`);

  const urls = [
    `/directories/${UNKNOWN_DIRECTORY}`,
    `/directories/${UNKNOWN_DIRECTORY}/users`,
    `/directories/${UNKNOWN_DIRECTORY}/groups`,
    '/directories/not-a-directory/users',
    '/directories/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd/users',
    `/directories/${large.id}/users/directory_user_01ZZZZZZZZZZZZZZZZZZZZZZZZ`,
    `/directories/${large.id}/users/${encodeURIComponent("'; DROP TABLE users; --")}`,
    // A real user, but of another directory: users are looked up within their directory.
    `/directories/${large.id}/users/${otherUser!.id}`,
    `/directories/${large.id}/groups/directory_group_01ZZZZZZZZZZZZZZZZZZZZZZZZ`,
    `/directories/${other.id}/groups/${otherGroup!.id}`,
    '/no-such-page',
  ];
  for (const url of urls) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(404);
    await expect(page.getByRole('heading', { name: 'Not found' }), url).toBeVisible();
    await expect(page.getByRole('link', { name: 'Back to directories' }), url).toBeVisible();
  }
  await page.getByRole('link', { name: 'Back to directories' }).click();
  await expect(page).toHaveURL(/\/directories$/);
});

test('garbage in the query string is normalized, never an error', async ({ page }) => {
  const large = await largestDirectory();
  for (const query of ['limit=0', 'limit=abc', 'limit=101', 'order=sideways', 'after=%00%01', `before=${'x'.repeat(3000)}`, 'after=directory_user_01A&before=directory_user_01B']) {
    const response = await page.goto(`/directories/${large.id}/users?${query}`);
    expect(response?.status(), query).toBeLessThan(500);
    await expect(page.getByRole('heading', { level: 1, name: large.name }), query).toBeVisible();
  }
});
