import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SetupReport } from '../lib/setup-checks';
import { formatReport, shouldColour } from './doctor-format';

const report: SetupReport = {
  environment: 'live',
  apiBaseUrl: 'https://api.workos.com',
  failed: true,
  checks: [
    { id: 'api-key', label: 'API key (WORKOS_API_KEY)', status: 'pass', summary: 'sk_live_…WXYZ — a secret key.', fix: null },
    { id: 'api-host', label: 'API host', status: 'fail', summary: 'could not be reached', fix: 'Check WORKOS_API_HOSTNAME.' },
  ],
};

describe('doctor output', () => {
  it('prints each check with its status, summary and fix, and the verdict', () => {
    const text = formatReport(report, false);
    assert.equal(
      text,
      [
        'WorkOS setup check — Live environment · https://api.workos.com',
        '',
        '  PASS  API key (WORKOS_API_KEY)',
        '        sk_live_…WXYZ — a secret key.',
        '  FAIL  API host',
        '        could not be reached',
        '        fix: Check WORKOS_API_HOSTNAME.',
        '',
        '1 failed, 0 warnings, 1 passed.',
      ].join('\n'),
    );
  });
  it('colours only when asked', () => {
    assert.match(formatReport(report, true), /\x1b\[31mFAIL\x1b\[0m/);
    assert.doesNotMatch(formatReport(report, false), /\x1b\[/);
  });
  it('colours a terminal unless NO_COLOR is set, and never a pipe', () => {
    assert.equal(shouldColour({ isTTY: true }, {}), true);
    assert.equal(shouldColour({ isTTY: true }, { NO_COLOR: '1' }), false);
    assert.equal(shouldColour({ isTTY: false }, {}), false);
    assert.equal(shouldColour({}, {}), false);
  });
});
