import type { WireDirectory } from './emulator-api';
import { emulatorListAll, largestDirectory } from './emulator-api';

/** A small directory with users and groups that is safe to delete (not the large one the read-only specs page through). */
export async function deletableDirectory(): Promise<WireDirectory & { organization_id: string }> {
  const large = await largestDirectory();
  const directories = await emulatorListAll<WireDirectory & { organization_id: string }>('/directories');
  const candidate = directories.find(
    (d) => d.id !== large.id && d.state === 'linked' && (d.metadata?.users.active ?? 0) > 0 && (d.metadata?.groups ?? 0) > 0,
  );
  if (!candidate) throw new Error('the seed has no small linked directory with users and groups');
  return candidate;
}
