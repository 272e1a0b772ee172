import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hrefWith, isObjectId, parseListParams, parseTextFilter } from './list-params';

describe('parseListParams', () => {
  it('defaults to 10 newest first', () => {
    assert.deepEqual(parseListParams({}), { limit: 10, order: 'desc' });
  });
  it('keeps a valid limit, order and cursor', () => {
    assert.deepEqual(parseListParams({ limit: '25', order: 'asc', after: 'directory_user_01ABC' }), {
      limit: 25,
      order: 'asc',
      after: 'directory_user_01ABC',
    });
  });
  it('normalizes limits out of range or not numbers', () => {
    for (const limit of ['0', '101', 'abc', '-5', '1e2', '10.5', '9999999999']) {
      assert.equal(parseListParams({ limit }).limit, 10, limit);
    }
  });
  it('drops garbage cursors and unknown orders', () => {
    const parsed = parseListParams({ after: '../../etc/passwd', before: 'x'.repeat(500), order: 'sideways' });
    assert.deepEqual(parsed, { limit: 10, order: 'desc' });
  });
  it('keeps only the forward cursor when both are given', () => {
    assert.deepEqual(parseListParams({ before: 'directory_01A', after: 'directory_01B' }), { limit: 10, order: 'desc', after: 'directory_01B' });
  });
  it('takes the first of repeated params', () => {
    assert.equal(parseListParams({ limit: ['50', '10'] }).limit, 50);
  });
});

describe('ids and filters', () => {
  it('recognizes WorkOS ids by prefix', () => {
    assert.ok(isObjectId('directory_user_01E1JG7J09H96KYP8HM9B0G5SJ', 'directory_user'));
    assert.ok(!isObjectId('directory_user_01E1JG7J09H96KYP8HM9B0G5SJ', 'directory_group'));
    assert.ok(!isObjectId('directory_01%2F..'));
    assert.ok(!isObjectId(''));
  });
  it('bounds free text', () => {
    assert.equal(parseTextFilter({ search: '  okta  ' }, 'search'), 'okta');
    assert.equal(parseTextFilter({ search: '   ' }, 'search'), undefined);
    assert.equal(parseTextFilter({ search: 'a'.repeat(1000) }, 'search')?.length, 200);
  });
});

describe('hrefWith', () => {
  it('resets the cursor when anything else changes', () => {
    assert.equal(hrefWith('/directories', { after: 'directory_01A', limit: '25' }, { order: 'asc' }), '/directories?limit=25&order=asc');
  });
  it('keeps filters when paging', () => {
    assert.equal(hrefWith('/d', { search: 'a b' }, { after: 'directory_01A', before: undefined }), '/d?search=a+b&after=directory_01A');
  });
});
