import { humanizeKey } from '@/lib/format';
import { Details } from './details';

function renderValue(value: unknown): React.ReactNode {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((item) => typeof item !== 'object' || item === null)) return value.join(', ');
  return <pre className="overflow-x-auto rounded bg-zinc-50 p-2 font-mono text-xs dark:bg-zinc-900">{JSON.stringify(value, null, 2)}</pre>;
}

/** Custom attributes as readable label/value pairs; nested values (addresses, managers) as compact JSON. */
export function AttributeList({ attributes, empty }: { attributes: Record<string, unknown>; empty: string }) {
  const entries = Object.entries(attributes);
  if (entries.length === 0) return <p className="text-sm text-zinc-600 dark:text-zinc-400">{empty}</p>;
  return <Details items={entries.map(([key, value]) => ({ label: humanizeKey(key), value: renderValue(value) }))} />;
}
