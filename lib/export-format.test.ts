import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { csvCell, csvRow, exportFileName, exportWriter, rowCounter } from './export-format';
import type { DirectoryGroup } from './types';

describe('csvCell (RFC 4180 + formula guard)', () => {
  test('plain text is unchanged; null and undefined are empty', () => {
    assert.equal(csvCell('Ada Lovelace'), 'Ada Lovelace');
    assert.equal(csvCell(null), '');
    assert.equal(csvCell(undefined), '');
    assert.equal(csvCell(42), '42');
  });
  test('commas, quotes and newlines are quoted, quotes doubled', () => {
    assert.equal(csvCell('a,b'), '"a,b"');
    assert.equal(csvCell('say "hi"'), '"say ""hi"""');
    assert.equal(csvCell('line1\nline2'), '"line1\nline2"');
    assert.equal(csvCell('cr\rlf'), '"cr\rlf"');
  });
  test('cells that a spreadsheet would run as a formula get a leading apostrophe', () => {
    for (const danger of ['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\tx']) assert.equal(csvCell(danger), `'${danger}`);
    assert.equal(csvCell('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
    assert.equal(csvCell('a=b'), 'a=b', 'only a leading character is dangerous');
  });
  test('objects are written as JSON (quoted, since JSON has quotes and commas)', () => {
    assert.equal(csvCell({ a: 1, b: 'x' }), '"{""a"":1,""b"":""x""}"');
  });
  test('a row ends in CRLF', () => {
    assert.equal(csvRow(['a', 'b,c', null]), 'a,"b,c",\r\n');
  });
});

const group = (id: string, name: string): DirectoryGroup => ({ id, directoryId: 'd', organizationId: null, idpId: `idp-${id}`, name, rawAttributes: {}, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-02T00:00:00.000Z' });

describe('exportWriter', () => {
  test('CSV has a header and one record per row', () => {
    const writer = exportWriter('groups', 'csv');
    assert.equal(writer.header, 'id,idp_id,name,created_at,updated_at\r\n');
    assert.equal(writer.page([group('g1', 'Eng, "core"')]), 'g1,idp-g1,"Eng, ""core""",2026-01-01T00:00:00.000Z,2026-01-02T00:00:00.000Z\r\n');
  });
  test('JSON Lines has no header and one object per line', () => {
    const writer = exportWriter('groups', 'jsonl');
    assert.equal(writer.header, '');
    const text = writer.page([group('g1', 'a\nb'), group('g2', 'c')]);
    assert.deepEqual(text.trimEnd().split('\n').map((line) => JSON.parse(line).name), ['a\nb', 'c']);
  });
});

describe('rowCounter', () => {
  test('counts CSV records across chunk boundaries, ignoring newlines inside quotes and the header', () => {
    const writer = exportWriter('groups', 'csv');
    const text = writer.header + writer.page([group('g1', 'multi\nline'), group('g2', 'say "hi"\r\nthere'), group('g3', 'plain')]);
    for (const size of [1, 2, 7, 1000]) {
      const counter = rowCounter('csv');
      for (let i = 0; i < text.length; i += size) counter.push(text.slice(i, i + size));
      assert.equal(counter.rows, 3, `chunk size ${size}`);
    }
  });
  test('counts JSON Lines by newline', () => {
    const counter = rowCounter('jsonl');
    counter.push('{"a":"x\\"y"}\n{"b"');
    assert.equal(counter.rows, 1);
    assert.equal(counter.push(':1}\n'), 2);
  });
});

test('exportFileName keeps file names portable', () => {
  assert.equal(exportFileName('Acme — Azure AD users', 'csv'), 'Acme-Azure-AD-users.csv');
  assert.equal(exportFileName('///', 'jsonl'), 'export.jsonl');
});
