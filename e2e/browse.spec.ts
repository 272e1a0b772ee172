import { expect, test } from '@playwright/test';
import type { WireGroup, WireUser } from './support/emulator-api';
import { emulatorListAll, largestDirectory } from './support/emulator-api';
import { rowIds } from './support/table';

test('the UI says plainly that it shows the emulator’s demo data', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/directories$/);
  await expect(page.getByText('Demo data — local emulator')).toBeVisible();
});

test('walk: directories → directory → users → user → group → members and back, paging the large directory', async ({ page }) => {
  const large = await largestDirectory();
  const truth = await emulatorListAll<WireUser>(`/directories/${large.id}/users`);

  await page.goto('/directories?limit=100');
  await page.getByRole('link', { name: large.name, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/directories/${large.id}/users$`));
  await expect(page.getByRole('heading', { level: 1, name: large.name })).toBeVisible();

  // Three pages forward…
  const pages: { url: string; ids: string[] }[] = [];
  for (let index = 0; index < 4; index++) {
    if (index > 0) await page.getByRole('navigation', { name: 'Users pages' }).getByRole('link', { name: /Next/ }).click();
    const expected = truth.slice(index * 10, index * 10 + 10).map((user) => user.id);
    // Client-side navigation: wait for the new page's rows before reading them.
    await expect(page.locator('table tbody tr[data-row-id]').first()).toHaveAttribute('data-row-id', expected[0]!);
    if (index > 0) await expect(page).toHaveURL(/after=/);
    const ids = await rowIds(page, 'Users');
    expect(ids).toEqual(expected);
    pages.push({ url: page.url(), ids });
  }
  // …and three back, landing on the same rows.
  for (let index = 2; index >= 0; index--) {
    await page.getByRole('navigation', { name: 'Users pages' }).getByRole('link', { name: /Previous/ }).click();
    await expect(page.locator('table tbody tr[data-row-id]').first()).toHaveAttribute('data-row-id', pages[index]!.ids[0]!);
    expect(await rowIds(page, 'Users')).toEqual(pages[index]!.ids);
  }
  await expect(page.getByRole('navigation', { name: 'Users pages' }).getByText('← Previous')).toHaveAttribute('aria-disabled', 'true');

  // Every paged URL reloads to the same view.
  for (const visited of pages) {
    await page.goto(visited.url);
    expect(await rowIds(page, 'Users')).toEqual(visited.ids);
  }

  // Into a user who belongs to at least one group, then that group and its members.
  let member: { user: WireUser; group: WireGroup } | undefined;
  for (const user of truth.slice(0, 50)) {
    const groups = await emulatorListAll<WireGroup>(`/directories/${large.id}/groups`, { user: user.id });
    if (groups[0]) {
      member = { user, group: groups[0] };
      break;
    }
  }
  expect(member, 'the seed has grouped users among the first 50').toBeDefined();
  const userUrl = `/directories/${large.id}/users/${member!.user.id}`;
  await page.goto(userUrl);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Emails' })).toContainText(member!.user.email ?? '');
  await page.getByRole('table', { name: 'Groups of this user' }).getByRole('link', { name: member!.group.name, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/groups/${member!.group.id}$`));
  await expect(page.getByRole('heading', { level: 1, name: member!.group.name })).toBeVisible();
  const memberIds = await rowIds(page, 'Members');
  expect(memberIds.length).toBeGreaterThan(0);
  const groupUrl = page.url();

  await page.getByRole('table', { name: 'Members' }).locator('tbody tr').first().getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/users/${memberIds[0]}$`));
  await page.goBack();
  await expect(page).toHaveURL(groupUrl);
  expect(await rowIds(page, 'Members')).toEqual(memberIds);

  // Breadcrumbs lead back up to the directory and the list.
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: large.name }).click();
  await expect(page).toHaveURL(new RegExp(`/directories/${large.id}/users$`));
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Directories' }).click();
  await expect(page).toHaveURL(/\/directories$/);

  for (const url of [userUrl, groupUrl]) {
    const response = await page.goto(url);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
});

test('page size, order and exact-email lookup live in the URL', async ({ page }) => {
  const large = await largestDirectory();
  const oldestFirst = await emulatorListAll<WireUser>(`/directories/${large.id}/users`, {}, 'asc');

  await page.goto(`/directories/${large.id}/users`);
  await page.getByLabel('Rows per page').selectOption('25');
  await page.getByLabel('Order').selectOption('asc');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/limit=25/);
  await expect(page).toHaveURL(/order=asc/);
  await expect(page.locator('tbody tr[data-row-id]')).toHaveCount(25);
  expect(await rowIds(page, 'Users')).toEqual(oldestFirst.slice(0, 25).map((user) => user.id));

  const target = oldestFirst.find((user) => user.email)!;
  await page.goto(`/directories/${large.id}/users`);
  await page.getByLabel('Exact primary email').fill(target.email!);
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/email=/);
  expect(await rowIds(page, 'Users')).toEqual([target.id]);

  await page.goto(`/directories/${large.id}/users?email=${encodeURIComponent('nobody@nowhere.invalid')}`);
  await expect(page.getByText('No user in this directory has the primary email')).toBeVisible();
});

test('directories can be searched by name and filtered by organization', async ({ page }) => {
  const large = await largestDirectory();
  const word = large.name.split(/\s+/)[0]!;
  await page.goto('/directories');
  await page.getByLabel('Name').fill(word);
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(new RegExp(`search=${encodeURIComponent(word)}`));
  await expect(page.getByRole('link', { name: large.name, exact: true })).toBeVisible();

  await page.goto('/directories?organization=not-an-org');
  await expect(page.getByText('is not an organization id')).toBeVisible();
});
