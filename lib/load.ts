import 'server-only';
import { notFound } from 'next/navigation';
import { describeFailure } from './api-error';
import type { ApiFailure } from './api-error';
import { requireSession } from './session';

export type Loaded<T> = { ok: true; value: T } | { ok: false; failure: ApiFailure };

/**
 * Awaits an API read for a page: an unknown id becomes the not-found page (HTTP 404 when it
 * happens before streaming starts); any other failure is returned so the page can explain it
 * in place of the data (components/api-failure.tsx) instead of a generic error screen.
 */
export async function load<T>(promise: Promise<T | null>): Promise<Loaded<T>> {
  // Settled into a value at once, so a failure that lands while the session is checked is never "unhandled".
  const settled = promise.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  // Every page read checks the session itself, not only the proxy: no session, no data.
  await requireSession();
  const result = await settled;
  let value: T | null = null;
  if ('error' in result) {
    const failure = describeFailure(result.error);
    if (failure.kind !== 'not_found') return { ok: false, failure };
  } else {
    value = result.value;
  }
  // Outside the try: notFound() throws, and must reach Next rather than our catch.
  if (value === null) notFound();
  return { ok: true, value };
}

/** Starts a read now (so it runs in parallel with others) without an unhandled rejection if the page bails out first. */
export function startLoad<T>(promise: Promise<T | null>): Promise<Loaded<T>> {
  const loaded = load(promise);
  loaded.catch(() => undefined);
  return loaded;
}

/** The first failure among several reads a page needs, if any. */
export function firstFailure(...results: Loaded<unknown>[]) {
  for (const result of results) if (!result.ok) return result.failure;
  return null;
}
