/** Display helpers shared by server and client components. */
import type { DirectoryUser } from './types';

const dateTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
const dateOnly = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' });

/** Dates render in UTC on server and client alike, so hydration never disagrees. */
export function formatDateTime(iso: string): string {
  return `${dateTime.format(new Date(iso))} UTC`;
}

export function formatDate(iso: string): string {
  return dateOnly.format(new Date(iso));
}

export function formatCount(value: number): string {
  return value.toLocaleString('en-US');
}

export function userDisplayName(user: Pick<DirectoryUser, 'name' | 'firstName' | 'lastName' | 'email' | 'idpId'>): string {
  const joined = [user.firstName, user.lastName].filter(Boolean).join(' ');
  return user.name?.trim() || joined || user.email || user.idpId;
}

export interface UserEmail {
  value: string;
  type: string | null;
  primary: boolean;
}

function asRecord(value: unknown): Record<string, unknown> | null {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value : null;
}

/**
 * Every email of a user. The top-level `emails` field is deprecated and the SDK drops it, so read the
 * mapped custom attribute first, then the provider's raw payload (SCIM `emails[].value`, Google
 * `emails[].address`), and always include the primary `email`.
 */
export function userEmails(user: Pick<DirectoryUser, 'email' | 'customAttributes' | 'rawAttributes'>): UserEmail[] {
  const candidates = [user.customAttributes.emails, user.rawAttributes.emails].find(Array.isArray) as unknown[] | undefined;
  const emails: UserEmail[] = [];
  for (const item of candidates ?? []) {
    const record = asRecord(item);
    const value = text(record?.value) ?? text(record?.address);
    if (!value || emails.some((e) => e.value === value)) continue;
    emails.push({ value, type: text(record?.type), primary: record?.primary === true || value === user.email });
  }
  if (user.email && !emails.some((e) => e.value === user.email)) emails.unshift({ value: user.email, type: null, primary: true });
  return emails.sort((a, b) => Number(b.primary) - Number(a.primary));
}

/** A deprecated top-level attribute, found where WorkOS maps it now (custom attributes) or in the raw payload. */
export function userAttribute(user: Pick<DirectoryUser, 'customAttributes' | 'rawAttributes'>, keys: string[]): string | null {
  for (const source of [user.customAttributes, user.rawAttributes]) {
    for (const key of keys) {
      const value = text(source[key]);
      if (value) return value;
    }
  }
  return null;
}

export const usernameOf = (user: Pick<DirectoryUser, 'customAttributes' | 'rawAttributes'>) => userAttribute(user, ['username', 'userName', 'user_name']);
export const jobTitleOf = (user: Pick<DirectoryUser, 'customAttributes' | 'rawAttributes'>) => userAttribute(user, ['job_title', 'title', 'jobTitle']);

/** "department_name" → "Department name" */
export function humanizeKey(key: string): string {
  const spaced = key.replace(/[_-]+/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2').trim().toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}
