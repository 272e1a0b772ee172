import 'server-only';
import { notFound } from 'next/navigation';
import { isObjectId } from './list-params';

/**
 * A route's id segment, checked before any API call: a malformed or path-like id can only be
 * "not found", so it never reaches WorkOS.
 */
export function routeId(value: string, prefix: 'directory' | 'directory_user' | 'directory_group'): string {
  const id = safeDecode(value);
  if (!id || !isObjectId(id, prefix)) notFound();
  return id;
}

function safeDecode(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}
