import 'server-only';
import { describeFailure } from './api-error';
import { EXPORT_PAGE_SIZE, EXPORT_REQUESTS_PER_SECOND } from './export-format';
import type { ExportKind, ExportRow } from './export-format';
import { Pacer } from './pacer';
import type { Page } from './types';
import { listDirectoryGroups, listDirectoryUsers } from './workos';

const MAX_ATTEMPTS = 6;

/**
 * One pacer for the whole server, keyed by directory: concurrent exports of a directory share its
 * budget. It runs 4% under the limit: at exactly 250 ms apart, network jitter now and then lands
 * five requests inside one second of WorkOS's window, and each 429 costs a whole second of
 * Retry-After (measured in the bench: ~60% of the ceiling at exactly 4/s).
 */
const PACING_MARGIN = 0.96;
const pacer = new Pacer({ ratePerSecond: EXPORT_REQUESTS_PER_SECOND * PACING_MARGIN });

export interface ExportSource {
  kind: ExportKind;
  directoryId: string;
  groupId?: string;
}

function fetchPage(source: ExportSource, after: string | undefined): Promise<Page<ExportRow>> {
  const request = { directoryId: source.directoryId, limit: EXPORT_PAGE_SIZE, order: 'desc' as const, after };
  // Paced: no read cache (a whole directory would flush it) and no inner rate-limit wait (pacedWithRetry does it).
  if (source.kind === 'groups') return listDirectoryGroups(request, { paced: true });
  return listDirectoryUsers({ ...request, groupId: source.kind === 'members' ? source.groupId : undefined }, { paced: true });
}

/**
 * One request, paced, retried when WorkOS says "later": a 429 waits its Retry-After (the pacer holds
 * every caller of that directory back meanwhile); a 5xx or timeout backs off exponentially. The SDK
 * client has retries off (lib/workos.ts), so these are the only retries.
 */
async function pacedWithRetry<T>(key: string, run: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    await pacer.take(key);
    try {
      return await run();
    } catch (error) {
      const failure = describeFailure(error);
      const retryable = failure.kind === 'rate_limited' || failure.kind === 'server_error' || failure.kind === 'timeout';
      if (!retryable || attempt >= MAX_ATTEMPTS) throw error;
      const waitMs = failure.retryAfterSeconds ? failure.retryAfterSeconds * 1000 : Math.min(8_000, 500 * 2 ** attempt);
      pacer.pause(key, waitMs);
    }
  }
}

/**
 * The rows of a directory's users or groups, or of a group's members, one API page at a time.
 * Nothing is kept between pages: a consumer that stops pulling stops the paging.
 */
export async function* exportPages(source: ExportSource, first?: Page<ExportRow>): AsyncGenerator<ExportRow[]> {
  let page = first ?? (await pacedWithRetry(source.directoryId, () => fetchPage(source, undefined)));
  for (;;) {
    yield page.data;
    const after = page.after;
    if (!after) return;
    page = await pacedWithRetry(source.directoryId, () => fetchPage(source, after));
  }
}

/** The first page on its own, so the route can answer a clean HTTP error before streaming starts. */
export function firstExportPage(source: ExportSource): Promise<Page<ExportRow>> {
  return pacedWithRetry(source.directoryId, () => fetchPage(source, undefined));
}
