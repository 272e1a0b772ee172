/** First-load JavaScript of a route as a browser receives it: the compressed bytes of every script a cold load fetches. */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../e2e/support/chromium';

export async function measureFirstLoadJs(urls: string[], sessionCookie: string): Promise<Map<string, number>> {
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const sizes = new Map<string, number>();
  try {
    for (const url of urls) {
      const context = await browser.newContext();
      await context.addCookies(
        sessionCookie.split('; ').map((pair) => ({ name: pair.slice(0, pair.indexOf('=')), value: pair.slice(pair.indexOf('=') + 1), url: new URL(url).origin })),
      );
      const page = await context.newPage();
      const scripts: Promise<number>[] = [];
      page.on('requestfinished', (request) => {
        if (request.resourceType() === 'script') scripts.push(request.sizes().then((s) => s.responseBodySize));
      });
      await page.goto(url, { waitUntil: 'networkidle' });
      sizes.set(url, (await Promise.all(scripts)).reduce((sum, bytes) => sum + bytes, 0));
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return sizes;
}
