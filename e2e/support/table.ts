import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';

/** The ids of the rows a data table shows (components/data-table.tsx marks each row). */
export async function rowIds(page: Page, caption: string, { mayBeEmpty = false } = {}): Promise<string[]> {
  const table = page.locator('table', { has: page.locator('caption', { hasText: new RegExp(`^${caption}$`) }) });
  // Tables stream in behind a skeleton: wait for this one unless an empty list is a valid answer.
  if (mayBeEmpty && (await table.count()) === 0) return [];
  await expect(table).toBeVisible();
  return table.locator('tbody tr[data-row-id]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-row-id') ?? ''));
}

/**
 * Walks a paged table from its first page to its end by following the rendered "Next" links,
 * returning every row id in the order shown.
 */
export async function collectAllRows(page: Page, startPath: string, caption: string, pagerLabel: string): Promise<string[]> {
  const ids: string[] = [];
  let path: string | null = startPath;
  while (path) {
    // Rows are server-rendered: the parsed document is enough, no need to wait for hydration.
    const response = await page.goto(path, { waitUntil: 'domcontentloaded' });
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('navigation', { name: pagerLabel })).toBeVisible();
    ids.push(...(await rowIds(page, caption, { mayBeEmpty: true })));
    const next = page.getByRole('navigation', { name: pagerLabel }).getByRole('link', { name: /Next/ });
    path = (await next.count()) > 0 ? await next.getAttribute('href') : null;
  }
  return ids;
}
