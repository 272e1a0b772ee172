import { expect, test } from '@playwright/test';
import { SEED_IDS } from '../emulator/seed';
import { emulatorGet } from './support/emulator-api';
import { rowIds } from './support/table';

interface WireEvent {
  id: string;
  event: string;
  data: Record<string, any>;
}

/** The emulator's dsync events of an organization, newest first, filtered to one directory (as the dashboard must). */
async function directoryEvents(organizationId: string, directoryId: string): Promise<WireEvent[]> {
  const events: WireEvent[] = [];
  let after: string | null = null;
  do {
    const page: { data: WireEvent[]; list_metadata: { after: string | null } } = await emulatorGet('/events', { organization_id: organizationId, limit: '100', ...(after ? { after } : {}) });
    events.push(...page.data.filter((e) => e.event.startsWith('dsync.') && (e.data.directory_id ?? e.data.id) === directoryId));
    after = page.list_metadata.after;
  } while (after);
  return events;
}

const fullName = (user: Record<string, any>) => user.name ?? [user.first_name, user.last_name].filter(Boolean).join(' ');

test('the Activity tab lists the directory’s events newest first, in words, with the raw event one click away', async ({ page }) => {
  const directoryId = SEED_IDS.acmeDirectoryId;
  const truth = await directoryEvents(SEED_IDS.acmeOrganizationId, directoryId);
  expect(truth.length).toBeGreaterThan(20);

  await page.goto(`/directories/${directoryId}/users`);
  await page.getByRole('navigation', { name: 'Directory sections' }).getByRole('link', { name: 'Activity' }).click();
  await expect(page).toHaveURL(new RegExp(`/directories/${directoryId}/activity$`));
  const table = page.getByRole('table', { name: 'Activity' });
  await expect(table).toBeVisible();
  expect(await rowIds(page, 'Activity')).toEqual(truth.slice(0, 20).map((e) => e.id));

  // A membership event reads as a sentence about the person and the group.
  const added = truth.slice(0, 20).find((e) => e.event === 'dsync.group.user_added');
  if (added) await expect(table.locator(`tr[data-row-id="${added.id}"]`)).toContainText(`${fullName(added.data.user)} was added to ${added.data.group.name}`);
  await expect(table.locator('tbody tr').first()).not.toContainText('Event dsync.');

  // Raw event: one click.
  const first = table.locator('tbody tr').first();
  await first.locator('summary').click();
  await expect(first.getByLabel(`Raw event ${truth[0]!.id}`)).toContainText(`"event": "${truth[0]!.event}"`);

  // Older, then back to Newest (the Events API pages forward only).
  const pager = page.getByRole('navigation', { name: 'Activity pages' });
  await expect(pager).toContainText('no “Previous”');
  await pager.getByRole('link', { name: /Older/ }).click();
  await expect(page).toHaveURL(/after=event_/);
  await expect(table.locator('tbody tr').first()).toHaveAttribute('data-row-id', truth[20]!.id);
  expect(await rowIds(page, 'Activity')).toEqual(truth.slice(20, 40).map((e) => e.id));
  await pager.getByRole('link', { name: /Newest/ }).click();
  await expect(table.locator('tbody tr').first()).toHaveAttribute('data-row-id', truth[0]!.id);
});

test('user and group pages show their own timelines', async ({ page }) => {
  const directoryId = SEED_IDS.acmeDirectoryId;
  const truth = await directoryEvents(SEED_IDS.acmeOrganizationId, directoryId);
  const userId = SEED_IDS.acmeJoseUserId;
  const aboutUser = truth.filter((e) => e.data.id === userId || e.data.user?.id === userId);
  expect(aboutUser.length).toBeGreaterThan(0);
  await page.goto(`/directories/${directoryId}/users/${userId}`);
  expect(await (async () => {
    await expect(page.getByRole('table', { name: 'Activity of this user' })).toBeVisible();
    return rowIds(page, 'Activity of this user');
  })()).toEqual(aboutUser.slice(0, 20).map((e) => e.id));

  const groupId = SEED_IDS.acmeEngineeringGroupId;
  const aboutGroup = truth.filter((e) => e.data.group?.id === groupId || (e.event.startsWith('dsync.group.') && e.data.id === groupId));
  await page.goto(`/directories/${directoryId}/groups/${groupId}`);
  await expect(page.getByRole('table', { name: 'Activity of this group' })).toBeVisible();
  expect(await rowIds(page, 'Activity of this group')).toEqual(aboutGroup.slice(0, 20).map((e) => e.id));
});
