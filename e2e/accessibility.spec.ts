import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { WireGroup, WireUser } from './support/emulator-api';
import { emulatorListAll, largestDirectory } from './support/emulator-api';

/** One page of each type, in both themes: no serious or critical axe violations. */
test('axe finds no serious or critical violations on any page type', async ({ page }) => {
  test.setTimeout(120_000);
  const large = await largestDirectory();
  const [user] = await emulatorListAll<WireUser>(`/directories/${large.id}/users`);
  const [group] = await emulatorListAll<WireGroup>(`/directories/${large.id}/groups`);
  const pages = [
    '/directories',
    `/directories/${large.id}/users`,
    `/directories/${large.id}/groups`,
    `/directories/${large.id}/activity`,
    `/directories/${large.id}/users/${user!.id}`,
    `/directories/${large.id}/groups/${group!.id}`,
    '/directories/directory_01ZZZZZZZZZZZZZZZZZZZZZZZZ/users',
    '/settings/connection',
  ];
  for (const theme of ['light', 'dark']) {
    await page.addInitScript((value) => localStorage.setItem('theme', value), theme);
    for (const url of pages) {
      await page.goto(url);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
      expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), `${theme} ${url}`).toEqual([]);
    }
  }
});
