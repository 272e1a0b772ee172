import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DSYNC_EVENT_NAMES, describeEvent, eventDirectoryId, eventMatches, eventSubjects } from './events';
import type { ActivityEvent } from './types';

const DIR = 'directory_01TEST';
const ada = { object: 'directory_user', id: 'directory_user_01ADA', directoryId: DIR, firstName: 'Ada', lastName: 'Lovelace', name: null, email: 'ada@example.com', idpId: 'ada', state: 'active' };
const eng = { object: 'directory_group', id: 'directory_group_01ENG', directoryId: DIR, name: 'Engineering', idpId: 'eng' };
const directory = { object: 'directory', id: DIR, name: 'Example — Okta', state: 'active', type: 'okta scim v2.0' };

const event = (name: string, data: Record<string, unknown>): ActivityEvent => ({ id: `event_${name}`, event: name, createdAt: '2026-01-01T00:00:00.000Z', data, context: null });

/** One realistic payload per name in API.md §6, with the sentence a person should read. */
const cases: Record<(typeof DSYNC_EVENT_NAMES)[number], { data: Record<string, unknown>; sentence: string }> = {
  'dsync.activated': { data: { ...directory, domains: [] }, sentence: 'Directory “Example — Okta” was connected and activated' },
  'dsync.deleted': { data: directory, sentence: 'Directory “Example — Okta” was deleted' },
  'dsync.group.created': { data: eng, sentence: 'Group Engineering was created' },
  'dsync.group.deleted': { data: eng, sentence: 'Group Engineering was deleted' },
  'dsync.group.updated': { data: { ...eng, previousAttributes: { name: 'Eng' } }, sentence: 'Group Engineering had name changed from “Eng” to “Engineering”' },
  'dsync.group.user_added': { data: { directoryId: DIR, user: ada, group: eng }, sentence: 'Ada Lovelace was added to Engineering' },
  'dsync.group.user_removed': { data: { directoryId: DIR, user: ada, group: eng }, sentence: 'Ada Lovelace was removed from Engineering' },
  'dsync.user.created': { data: ada, sentence: 'Ada Lovelace was added to the directory' },
  'dsync.user.deleted': { data: ada, sentence: 'Ada Lovelace was removed from the directory' },
  'dsync.user.updated': { data: { ...ada, state: 'suspended', previousAttributes: { state: 'active' } }, sentence: 'Ada Lovelace had state changed from “active” to “suspended”' },
  'dsync.token.created': { data: { object: 'directory_token', id: 'dt_1', directoryId: DIR, tokenSuffix: 'a1b2' }, sentence: 'A directory token ending in “a1b2” was created' },
  'dsync.token.revoked': { data: { object: 'directory_token', id: 'dt_1', directoryId: DIR, tokenSuffix: 'a1b2' }, sentence: 'The directory token ending in “a1b2” was revoked' },
};

describe('describeEvent', () => {
  for (const name of DSYNC_EVENT_NAMES) {
    test(name, () => {
      const { data, sentence } = cases[name];
      assert.equal(describeEvent(event(name, data)), sentence);
      assert.equal(eventDirectoryId(event(name, data)), DIR, 'every dsync event names its directory');
    });
  }

  test('several changed attributes are listed; snake_case keys read as words', () => {
    const updated = event('dsync.user.updated', { ...ada, previousAttributes: { job_title: null, email: 'old@example.com' } });
    assert.equal(describeEvent(updated), 'Ada Lovelace was updated (job title, email changed)');
  });

  test('a single snake_case key finds its camelCase current value; null reads as empty', () => {
    const updated = event('dsync.user.updated', { ...ada, firstName: 'Ada', previousAttributes: { first_name: null } });
    assert.equal(describeEvent(updated), 'Ada Lovelace had first name changed from empty to “Ada”');
  });

  test('a user without names falls back to the email, then the IdP id', () => {
    assert.equal(describeEvent(event('dsync.user.created', { ...ada, firstName: null, lastName: null })), 'ada@example.com was added to the directory');
    assert.equal(describeEvent(event('dsync.user.created', { id: 'u', idpId: 'idp-7', directoryId: DIR })), 'idp-7 was added to the directory');
  });

  test('an unknown or legacy event still reads as something', () => {
    assert.equal(describeEvent(event('dsync.deactivated', directory)), 'Event dsync.deactivated');
  });
});

describe('event subjects and matching', () => {
  test('membership events are about both the user and the group', () => {
    const added = event('dsync.group.user_added', cases['dsync.group.user_added'].data);
    assert.deepEqual(eventSubjects(added), { userId: ada.id, groupId: eng.id });
    assert.ok(eventMatches(added, { directoryId: DIR, userId: ada.id }));
    assert.ok(eventMatches(added, { directoryId: DIR, groupId: eng.id }));
    assert.ok(!eventMatches(added, { directoryId: DIR, userId: 'directory_user_other' }));
  });

  test('another directory’s events never match', () => {
    assert.ok(!eventMatches(event('dsync.user.created', { ...ada, directoryId: 'directory_other' }), { directoryId: DIR }));
    assert.ok(!eventMatches(event('dsync.activated', { ...directory, id: 'directory_other' }), { directoryId: DIR }));
  });

  test('directory events are about no user or group', () => {
    assert.deepEqual(eventSubjects(event('dsync.activated', directory)), { userId: null, groupId: null });
    assert.ok(!eventMatches(event('dsync.activated', directory), { directoryId: DIR, userId: ada.id }));
  });
});
