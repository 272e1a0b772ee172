import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { EMULATOR_DEFAULT_API_KEY } from '../lib/config';
import { ADMIN, VIEWER } from './support/accounts';
import { largestDirectory } from './support/emulator-api';
import { E2E_WEBHOOK_SECRET } from './support/server-env';

test.describe('signed in as the admin', () => {
  test('sees who they are and the delete controls', async ({ page }) => {
    const large = await largestDirectory();
    await page.goto('/directories');
    await expect(page.getByRole('banner')).toContainText(`${ADMIN.name} · Admin`);
    await expect(page.getByRole('button', { name: `Delete directory ${large.name}` })).toBeVisible();
    await page.goto(`/directories/${large.id}/users`);
    await expect(page.getByRole('button', { name: 'Delete directory' })).toBeVisible();
  });
});

test.describe('signed in as a viewer', () => {
  test.use({ storageState: VIEWER.storageState });

  test('browses, but sees no delete control anywhere', async ({ page }) => {
    const large = await largestDirectory();
    await page.goto('/directories');
    await expect(page.getByRole('banner')).toContainText(`${VIEWER.name} · Viewer`);
    await expect(page.getByRole('table', { name: 'Directories' })).toBeVisible();
    await expect(page.getByRole('button', { name: /Delete/ })).toHaveCount(0);
    await page.goto(`/directories/${large.id}/users`);
    await expect(page.getByRole('table', { name: 'Users' })).toBeVisible();
    await expect(page.getByRole('button', { name: /Delete/ })).toHaveCount(0);
  });
});

test('security headers: nonce CSP, no framing, no sniffing, a referrer policy; the session cookie is httpOnly and SameSite', async ({ page, context }) => {
  const response = await page.goto('/directories');
  const headers = response!.headers();
  const csp = headers['content-security-policy'] ?? '';
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).not.toContain("'unsafe-inline' 'unsafe-eval'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['x-powered-by']).toBeUndefined();
  // The inline theme script carries the nonce, so it ran under the CSP.
  await expect(page.locator('html')).toHaveAttribute('data-theme', /light|dark/);

  const session = (await context.cookies()).find((cookie) => cookie.name === 'wos-session');
  expect(session).toBeDefined();
  expect(session!.httpOnly).toBe(true);
  expect(session!.sameSite).toBe('Lax');
  // Secure is set when the dashboard is served over https; this suite runs on plain http at 127.0.0.1.
});

test('no secret is in the built client assets', () => {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else files.push(full);
    }
  };
  walk('.next/static');
  expect(files.length).toBeGreaterThan(10);
  const configSource = readFileSync('lib/config.ts', 'utf8');
  const cookiePassword = /const EMULATOR_COOKIE_PASSWORD = '([^']+)'/.exec(configSource)?.[1];
  expect(cookiePassword, 'the demo cookie password constant').toBeDefined();
  const secrets = [EMULATOR_DEFAULT_API_KEY, cookiePassword!, E2E_WEBHOOK_SECRET, ...[process.env.WORKOS_API_KEY, process.env.WORKOS_COOKIE_PASSWORD].filter((v): v is string => Boolean(v))];
  for (const file of files) {
    const text = readFileSync(file, 'latin1');
    for (const secret of secrets) expect(text.includes(secret), `${secret.slice(0, 6)}… in ${file}`).toBe(false);
    expect(/sk_(test|live)_[A-Za-z0-9]{8,}/.test(text), `an API key pattern in ${file}`).toBe(false);
  }
});
