import type { Page } from '@playwright/test';

/** The row of one check on Settings → Connection (app/settings/connection/check-list.tsx marks each with its id and status). */
export function checkRow(page: Page, id: string) {
  return page.locator(`tr[data-check-id="${id}"]`);
}
