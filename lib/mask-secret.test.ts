import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { maskSecret } from './mask-secret';

/** Fake keys, assembled at runtime so secret scanners do not take them for committed live keys. */
const FAKE_LIVE_PREFIX = 'sk_' + 'live_';

describe('maskSecret', () => {
  it('keeps the key kind and the last 4 characters', () => {
    assert.equal(maskSecret('sk_test_a1b2c3d4e5f6g7h8i9j0WXYZ'), 'sk_test_…WXYZ');
    assert.equal(maskSecret(FAKE_LIVE_PREFIX + 'a1b2c3d4e5f6g7h8i9j0WXYZ'), 'sk_live_…WXYZ');
    assert.equal(maskSecret('pk_test_a1b2c3d4e5f6g7h8i9j0WXYZ'), 'pk_test_…WXYZ');
    assert.equal(maskSecret('client_01JABCDEFGHJKMNPQRSTVWXYZ9'), 'client_…XYZ9');
  });
  it('shows only the last 4 of a secret without a prefix', () => {
    assert.equal(maskSecret('3f9a1c2b7d6e5f4a3b2c1d0e9f8a7b6c'), '…7b6c');
  });
  it('reveals no suffix of a short secret', () => {
    assert.equal(maskSecret('sk_test_emulator'), 'sk_test_…');
    assert.equal(maskSecret('hunter2'), '…');
    assert.equal(maskSecret(''), '…');
  });
  it('never contains the hidden middle of the secret', () => {
    const secret = FAKE_LIVE_PREFIX + 'SECRETMIDDLEPART0000abcd';
    const masked = maskSecret(secret);
    assert.ok(!masked.includes('SECRETMIDDLEPART'));
    assert.ok(masked.length < secret.length);
  });
});
