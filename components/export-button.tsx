'use client';
/**
 * Export with progress: fetches the streamed export, counts rows as they arrive (against the total
 * from the directory's metadata, when there is one), can be cancelled, and saves the file at the
 * end. The server streams with flat memory; the browser keeps the file's chunks until it is saved
 * (a Blob), which is what a download needs anyway.
 */
import { useRef, useState } from 'react';
import { formatCount } from '@/lib/format';
import { exportFileName, rowCounter } from '@/lib/export-format';
import type { ExportFormat } from '@/lib/export-format';

interface ExportButtonProps {
  /** The export route with kind (and group) set, without format. */
  href: string;
  /** File name without extension. */
  fileBase: string;
  /** Rows expected, from directory metadata; null when unknown (a group's members). */
  total: number | null;
  /** What is exported, e.g. "users". */
  noun: string;
}

type Status =
  | { state: 'idle' }
  | { state: 'running'; rows: number }
  | { state: 'done'; rows: number }
  | { state: 'cancelled'; rows: number }
  | { state: 'failed'; rows: number; message: string };

const buttonClass = 'rounded-md border border-zinc-300 px-3 py-1.5 text-sm font-medium hover:bg-zinc-100 disabled:opacity-50 dark:border-zinc-700 dark:hover:bg-zinc-800';

async function failureMessage(response: Response): Promise<string> {
  const body = (await response.json().catch(() => null)) as { message?: string } | null;
  return `HTTP ${response.status}${body?.message ? `: ${body.message}` : ''}`;
}

function save(chunks: BlobPart[], type: string, name: string) {
  const url = URL.createObjectURL(new Blob(chunks, { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function ExportButton({ href, fileBase, total, noun }: ExportButtonProps) {
  const [format, setFormat] = useState<ExportFormat>('csv');
  const [status, setStatus] = useState<Status>({ state: 'idle' });
  const abort = useRef<AbortController | null>(null);

  async function run() {
    const controller = new AbortController();
    abort.current = controller;
    const counter = rowCounter(format);
    setStatus({ state: 'running', rows: 0 });
    const chunks: BlobPart[] = [];
    try {
      const response = await fetch(`${href}&format=${format}`, { signal: controller.signal });
      if (!response.ok || !response.body) throw new Error(await failureMessage(response));
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        setStatus({ state: 'running', rows: counter.push(value) });
      }
      save(chunks, response.headers.get('Content-Type') ?? 'text/plain', exportFileName(fileBase, format));
      setStatus({ state: 'done', rows: counter.rows });
    } catch (error) {
      if (controller.signal.aborted) setStatus({ state: 'cancelled', rows: counter.rows });
      else setStatus({ state: 'failed', rows: counter.rows, message: error instanceof Error ? error.message : String(error) });
    } finally {
      abort.current = null;
    }
  }

  const running = status.state === 'running';
  const rows = status.state === 'idle' ? 0 : status.rows;
  const of = total === null ? '' : ` of ${formatCount(total)}`;
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm" data-export-state={status.state}>
      <label className="flex items-center gap-1 text-zinc-600 dark:text-zinc-400">
        <span className="sr-only">Export format for {noun}</span>
        <select value={format} onChange={(e) => setFormat(e.target.value as ExportFormat)} disabled={running} className="rounded-md border border-zinc-300 bg-white px-2 py-1.5 text-sm text-zinc-900 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100">
          <option value="csv">CSV</option>
          <option value="jsonl">JSON Lines</option>
        </select>
      </label>
      {running ? (
        <button type="button" className={buttonClass} onClick={() => abort.current?.abort()}>
          Cancel export
        </button>
      ) : (
        <button type="button" className={buttonClass} onClick={run}>
          Export {noun}
        </button>
      )}
      {status.state !== 'idle' && (
        <>
          {running && (
            <progress className="h-2 w-40" aria-label={`Exporting ${noun}`} {...(total ? { max: total, value: Math.min(rows, total) } : {})} />
          )}
          <span role="status" className="tabular-nums text-zinc-600 dark:text-zinc-400">
            {status.state === 'running' && `${formatCount(rows)}${of} rows…`}
            {status.state === 'done' && `Saved ${formatCount(rows)} rows.`}
            {status.state === 'cancelled' && `Cancelled after ${formatCount(rows)} rows.`}
            {status.state === 'failed' && `Export failed after ${formatCount(rows)} rows (${status.message}).`}
          </span>
        </>
      )}
    </div>
  );
}
