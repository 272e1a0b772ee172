import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { SEED_IDS } from '../emulator/seed';
import type { WireUser } from './support/emulator-api';
import { emulatorListAll, largestDirectory } from './support/emulator-api';
import { parseCsv } from './support/csv';

async function exportFrom(page: Page, noun: string, format: 'CSV' | 'JSON Lines'): Promise<string> {
  await page.getByLabel(`Export format for ${noun}`).selectOption({ label: format });
  const download = page.waitForEvent('download', { timeout: 120_000 });
  await page.getByRole('button', { name: `Export ${noun}` }).click();
  return readFile((await (await download).path())!, 'utf8');
}

test('exporting the 10,000-user directory as CSV matches the emulator row for row, with progress', async ({ page }) => {
  test.setTimeout(180_000);
  const large = await largestDirectory();
  const truth = await emulatorListAll<WireUser & { state: string; idp_id: string }>(`/directories/${large.id}/users`);
  const total = large.metadata!.users.active + large.metadata!.users.inactive;
  expect(truth.length).toBe(total);

  await page.goto(`/directories/${large.id}/users`);
  await page.getByLabel('Export format for users').selectOption({ label: 'CSV' });
  const download = page.waitForEvent('download', { timeout: 120_000 });
  await page.getByRole('button', { name: 'Export users' }).click();
  // Progress shows rows so far against the metadata total while it runs.
  await expect(page.getByRole('status')).toContainText(`of ${total.toLocaleString('en-US')} rows`);
  await expect(page.getByRole('progressbar', { name: 'Exporting users' })).toBeVisible();
  const text = await readFile((await (await download).path())!, 'utf8');
  await expect(page.getByRole('status')).toHaveText(`Saved ${total.toLocaleString('en-US')} rows.`);

  const [header, ...rows] = parseCsv(text);
  expect(header).toEqual(['id', 'idp_id', 'email', 'first_name', 'last_name', 'name', 'state', 'role', 'roles', 'custom_attributes', 'created_at', 'updated_at']);
  expect(rows.length).toBe(truth.length);
  const column = (name: string) => header!.indexOf(name);
  // One comparison of every row's identity, email, state and IdP id, in order.
  const pick = (row: string[]) => [row[column('id')], row[column('email')], row[column('state')], row[column('idp_id')]];
  expect(rows.map(pick)).toEqual(truth.map((user) => [user.id, user.email ?? '', user.state, user.idp_id]));
});

test('a group’s members export as JSON Lines, and an export can be cancelled', async ({ page }) => {
  const directoryId = SEED_IDS.acmeDirectoryId;
  const groupId = SEED_IDS.acmeAllStaffGroupId;
  const truth = await emulatorListAll<WireUser>(`/directories/${directoryId}/users`, { group: groupId });
  await page.goto(`/directories/${directoryId}/groups/${groupId}`);
  const lines = (await exportFrom(page, 'members', 'JSON Lines')).trimEnd().split('\n').map((line) => JSON.parse(line));
  expect(lines.map((user) => user.id)).toEqual(truth.map((user) => user.id));

  // Cancel: the large directory takes ~25 s, so there is time to stop it.
  const large = await largestDirectory();
  await page.goto(`/directories/${large.id}/users`);
  await page.getByRole('button', { name: 'Export users' }).click();
  await expect(page.getByRole('status')).toContainText('rows…');
  await page.getByRole('button', { name: 'Cancel export' }).click();
  await expect(page.getByRole('status')).toContainText('Cancelled after');
  await expect(page.getByRole('button', { name: 'Export users' })).toBeVisible();
});
