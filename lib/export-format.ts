/**
 * How exported rows are written: CSV (RFC 4180) or JSON Lines, one API page at a time, plus the
 * row counter the browser uses for its progress bar. Plain functions, shared by server and client.
 */
import type { DirectoryGroup, DirectoryUser } from './types';

/** WorkOS's documented limit on the directory-users endpoints: 4 requests/s per directory (API.md §1). */
export const EXPORT_REQUESTS_PER_SECOND = 4;
/** The largest page WorkOS serves: fewest requests for the budget. */
export const EXPORT_PAGE_SIZE = 100;

export type ExportFormat = 'csv' | 'jsonl';
export type ExportKind = 'users' | 'groups' | 'members';

/**
 * One CSV cell. RFC 4180: a field containing a comma, quote, CR or LF is wrapped in quotes, with
 * quotes doubled. Spreadsheet formula injection (OWASP "CSV injection"): a cell starting with
 * = + - @, tab or CR would be run as a formula by Excel/Sheets, so it gets a leading apostrophe,
 * which spreadsheets show as text. The raw value stays intact in the JSON Lines export.
 */
export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV record, CRLF-terminated as RFC 4180 says. */
export function csvRow(cells: unknown[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

interface Columns<T> {
  header: string[];
  cells: (row: T) => unknown[];
}

const userColumns: Columns<DirectoryUser> = {
  header: ['id', 'idp_id', 'email', 'first_name', 'last_name', 'name', 'state', 'role', 'roles', 'custom_attributes', 'created_at', 'updated_at'],
  cells: (u) => [u.id, u.idpId, u.email, u.firstName, u.lastName, u.name, u.state, u.role?.slug, u.roles.map((r) => r.slug).join(' '), u.customAttributes, u.createdAt, u.updatedAt],
};

const groupColumns: Columns<DirectoryGroup> = {
  header: ['id', 'idp_id', 'name', 'created_at', 'updated_at'],
  cells: (g) => [g.id, g.idpId, g.name, g.createdAt, g.updatedAt],
};

export type ExportRow = DirectoryUser | DirectoryGroup;

/** Writes a header (CSV only) and then pages of rows, each as one string chunk. */
export function exportWriter(kind: ExportKind, format: ExportFormat) {
  const columns = (kind === 'groups' ? groupColumns : userColumns) as Columns<ExportRow>;
  return {
    header: format === 'csv' ? csvRow(columns.header) : '',
    page: (rows: ExportRow[]) =>
      format === 'csv' ? rows.map((row) => csvRow(columns.cells(row))).join('') : rows.map((row) => `${JSON.stringify(row)}\n`).join(''),
  };
}

/**
 * Counts complete records in a streamed export, chunk by chunk, without keeping the text. JSON
 * Lines: one per LF (JSON.stringify never emits a raw newline). CSV: one per LF outside quotes (a
 * quoted cell may hold newlines; a doubled quote toggles twice, so the state stays right), minus
 * the header line.
 */
export function rowCounter(format: ExportFormat) {
  let lines = 0;
  let inQuotes = false;
  return {
    push(chunk: string): number {
      for (let i = 0; i < chunk.length; i++) {
        const c = chunk.charCodeAt(i);
        if (c === 34 /* " */ && format === 'csv') inQuotes = !inQuotes;
        else if (c === 10 /* \n */ && !inQuotes) lines++;
      }
      return this.rows;
    },
    get rows() {
      return format === 'csv' ? Math.max(0, lines - 1) : lines;
    },
  };
}

export function exportFileName(base: string, format: ExportFormat): string {
  const safe = base.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'export';
  return `${safe}.${format}`;
}
