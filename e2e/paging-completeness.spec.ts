import { expect, test } from '@playwright/test';
import type { WireDirectory, WireGroup, WireUser } from './support/emulator-api';
import { emulatorListAll, largestDirectory } from './support/emulator-api';
import { collectAllRows } from './support/table';

/**
 * Every table, paged through in the browser at 10 and at 100 rows, shows each row of the
 * emulator's full list exactly once and in the same order.
 */
function expectSameRows(shown: string[], truth: { id: string }[]) {
  expect(new Set(shown).size, 'no duplicate rows').toBe(shown.length);
  expect(shown).toEqual(truth.map((item) => item.id));
}

test.describe.configure({ timeout: 480_000 });

test('directories table', async ({ page }) => {
  const truth = await emulatorListAll<WireDirectory>('/directories');
  for (const limit of [10, 100]) {
    expectSameRows(await collectAllRows(page, `/directories?limit=${limit}`, 'Directories', 'Directories pages'), truth);
  }
  const organizationId = (truth[0] as WireDirectory & { organization_id: string }).organization_id;
  const sameOrganization = await emulatorListAll<WireDirectory>('/directories', { organization_id: organizationId });
  expectSameRows(await collectAllRows(page, `/directories?organization=${organizationId}`, 'Directories', 'Directories pages'), sameOrganization);
});

test('users table of the large directory, all 10,000 rows at 100 a page', async ({ page }) => {
  // One order is enough for completeness here: the emulator's own tests walk every order at 10 and 100.
  const large = await largestDirectory();
  const truth = await emulatorListAll<WireUser>(`/directories/${large.id}/users`);
  expect(truth.length).toBeGreaterThanOrEqual(10_000);
  expectSameRows(await collectAllRows(page, `/directories/${large.id}/users?limit=100`, 'Users', 'Users pages'), truth);
});

test('users table at 10 rows, groups tables, members and a user’s groups', async ({ page }) => {
  const large = await largestDirectory();
  const directories = await emulatorListAll<WireDirectory>('/directories');
  const size = (d: WireDirectory) => (d.metadata ? d.metadata.users.active + d.metadata.users.inactive : 0);
  // Paging 10,000 users ten at a time would take a thousand page loads; the next-largest directory covers limit 10.
  const medium = directories.filter((d) => d.id !== large.id).reduce((a, b) => (size(b) > size(a) ? b : a));
  expect(size(medium)).toBeGreaterThan(10);
  const mediumUsers = await emulatorListAll<WireUser>(`/directories/${medium.id}/users`);
  expectSameRows(await collectAllRows(page, `/directories/${medium.id}/users`, 'Users', 'Users pages'), mediumUsers);

  const groups = await emulatorListAll<WireGroup>(`/directories/${large.id}/groups`);
  expect(groups.length).toBeGreaterThan(10);
  for (const limit of [10, 100]) {
    expectSameRows(await collectAllRows(page, `/directories/${large.id}/groups?limit=${limit}`, 'Groups', 'Groups pages'), groups);
  }

  const group = groups[0]!;
  const members = await emulatorListAll<WireUser>(`/directories/${large.id}/users`, { group: group.id });
  expect(members.length).toBeGreaterThan(10);
  for (const limit of [10, 100]) {
    expectSameRows(await collectAllRows(page, `/directories/${large.id}/groups/${group.id}?limit=${limit}`, 'Members', 'Member pages'), members);
  }

  const member = members[0]!;
  const memberGroups = await emulatorListAll<WireGroup>(`/directories/${large.id}/groups`, { user: member.id });
  expect(memberGroups.length).toBeGreaterThan(0);
  for (const limit of [1, 10, 100]) {
    expectSameRows(await collectAllRows(page, `/directories/${large.id}/users/${member.id}?limit=${limit}`, 'Groups of this user', 'Group pages'), memberGroups);
  }
});
