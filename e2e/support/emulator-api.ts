/** Ground truth for the e2e suite: the emulator's own answers, read over HTTP with its default key. */
import { EMULATOR_DEFAULT_API_KEY } from '../../lib/config';
import { EMULATOR_URL } from './ports';

interface WireList<T> {
  data: T[];
  list_metadata: { before: string | null; after: string | null };
}

export interface WireDirectory {
  id: string;
  name: string;
  state: string;
  metadata?: { users: { active: number; inactive: number }; groups: number };
}
export interface WireUser {
  id: string;
  email: string | null;
  directory_id: string;
}
export interface WireGroup {
  id: string;
  name: string;
}

export async function emulatorGet<T>(path: string, query: Record<string, string> = {}): Promise<T> {
  const url = new URL(path, EMULATOR_URL);
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
  const response = await fetch(url, { headers: { Authorization: `Bearer ${EMULATOR_DEFAULT_API_KEY}` } });
  if (!response.ok) throw new Error(`emulator ${url.pathname}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** Every item of a list endpoint, in the given order, following `after` cursors at the maximum page size. */
export async function emulatorListAll<T extends { id: string }>(path: string, query: Record<string, string> = {}, order: 'desc' | 'asc' = 'desc'): Promise<T[]> {
  const items: T[] = [];
  let after: string | null = null;
  do {
    const page: WireList<T> = await emulatorGet<WireList<T>>(path, { ...query, order, limit: '100', ...(after ? { after } : {}) });
    items.push(...page.data);
    after = page.list_metadata.after;
  } while (after);
  return items;
}

export async function largestDirectory(): Promise<WireDirectory> {
  const directories = await emulatorListAll<WireDirectory>('/directories');
  const size = (d: WireDirectory) => (d.metadata ? d.metadata.users.active + d.metadata.users.inactive : 0);
  return directories.reduce((largest, d) => (size(d) > size(largest) ? d : largest));
}

export async function emulatorControl(path: string, body: unknown = {}): Promise<void> {
  const response = await fetch(new URL(`/_emulator/${path}`, EMULATOR_URL), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`emulator control ${path}: HTTP ${response.status}`);
}

export async function emulatorClearFaults(): Promise<void> {
  const response = await fetch(new URL('/_emulator/faults', EMULATOR_URL), { method: 'DELETE' });
  if (!response.ok) throw new Error(`emulator control faults: HTTP ${response.status}`);
}

/** Requests the emulator served since its last stats reset, keyed "METHOD /route/pattern". */
export async function emulatorStats(): Promise<Record<string, number>> {
  const response = await fetch(new URL('/_emulator/stats', EMULATOR_URL));
  return (await response.json()) as Record<string, number>;
}

export function countRequests(stats: Record<string, number>, method: string, route: RegExp): number {
  return Object.entries(stats)
    .filter(([key]) => key.startsWith(`${method} `) && route.test(key.slice(method.length + 1)))
    .reduce((sum, [, count]) => sum + count, 0);
}

export async function emulatorDirectoryStatus(directoryId: string): Promise<number> {
  const response = await fetch(new URL(`/directories/${directoryId}`, EMULATOR_URL), {
    headers: { Authorization: `Bearer ${EMULATOR_DEFAULT_API_KEY}` },
  });
  return response.status;
}
