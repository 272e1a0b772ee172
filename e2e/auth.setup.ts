import { expect, test as setup } from '@playwright/test';
import { ADMIN, VIEWER } from './support/accounts';

/**
 * Signs in once per account through the real flow (dashboard → AuthKit authorize page on the
 * emulator → callback) and saves the browser state the other specs start from.
 */
for (const account of [ADMIN, VIEWER]) {
  setup(`sign in as ${account.email}`, async ({ page }) => {
    await page.goto('/directories');
    await expect(page.getByRole('heading', { name: 'Sign in to the Directory Sync demo' })).toBeVisible();
    await page.getByRole('button', { name: `Sign in as ${account.name}` }).click();
    await expect(page).toHaveURL(/\/directories$/);
    await expect(page.getByRole('banner')).toContainText(account.name);
    await page.context().storageState({ path: account.storageState });
  });
}
