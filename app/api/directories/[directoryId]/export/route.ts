/**
 * GET /api/directories/:id/export?kind=users|groups|members&group=<id>&format=csv|jsonl
 *
 * Streams the export while paging through WorkOS at the users-endpoint rate limit. Memory stays
 * flat whatever the directory's size: the stream is pull-based with room for one page, so the next
 * API page is fetched only when the previous one has been handed to the client, and no row is
 * kept once written.
 */
import { describeFailure } from '@/lib/api-error';
import { exportPages, firstExportPage } from '@/lib/export';
import type { ExportSource } from '@/lib/export';
import { exportFileName, exportWriter } from '@/lib/export-format';
import type { ExportFormat, ExportKind } from '@/lib/export-format';
import { isObjectId } from '@/lib/list-params';
import { currentActor } from '@/lib/session';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const KINDS: ExportKind[] = ['users', 'groups', 'members'];
const CONTENT_TYPES: Record<ExportFormat, string> = { csv: 'text/csv; charset=utf-8', jsonl: 'application/x-ndjson; charset=utf-8' };

function problem(status: number, error: string, message: string): Response {
  return Response.json({ error, message }, { status, headers: { 'Cache-Control': 'no-store' } });
}

export async function GET(request: Request, { params }: { params: Promise<{ directoryId: string }> }): Promise<Response> {
  if (!(await currentActor()).actor) return problem(401, 'unauthorized', 'Sign in to export.');
  const { directoryId } = await params;
  const query = new URL(request.url).searchParams;
  const kind = query.get('kind') as ExportKind;
  const format: ExportFormat = query.get('format') === 'jsonl' ? 'jsonl' : 'csv';
  const groupId = query.get('group') ?? undefined;
  if (!isObjectId(directoryId, 'directory')) return problem(404, 'not_found', 'No such directory.');
  if (!KINDS.includes(kind)) return problem(400, 'invalid_kind', 'kind must be users, groups or members.');
  if (kind === 'members' && !(groupId && isObjectId(groupId, 'directory_group'))) return problem(400, 'invalid_group', 'members needs a group id.');

  const source: ExportSource = { kind, directoryId, groupId };
  let first;
  try {
    first = await firstExportPage(source);
  } catch (error) {
    const failure = describeFailure(error);
    return problem(failure.status === 404 ? 404 : 502, failure.kind, failure.message);
  }

  const writer = exportWriter(kind, format);
  const pages = exportPages(source, first);
  const encoder = new TextEncoder();
  let headerSent = false;
  let cancelled = false;
  const body = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (!headerSent) {
          headerSent = true;
          if (writer.header) controller.enqueue(encoder.encode(writer.header));
        }
        try {
          const next = await pages.next();
          if (next.done) controller.close();
          else controller.enqueue(encoder.encode(writer.page(next.value)));
        } catch (error) {
          if (cancelled) return;
          // Mid-stream the status is already 200: the client sees the stream fail and reports it.
          console.error(JSON.stringify({ level: 'error', event: 'export_failed', directoryId, kind, reason: describeFailure(error).kind }));
          controller.error(error);
        }
      },
      async cancel() {
        // The browser cancelled (or went away): stop paging.
        cancelled = true;
        await pages.return(undefined).catch(() => undefined);
      },
    },
    { highWaterMark: 1 },
  );
  const name = exportFileName(`${directoryId}-${kind === 'members' ? `${groupId}-members` : kind}`, format);
  return new Response(body, {
    headers: {
      'Content-Type': CONTENT_TYPES[format],
      'Content-Disposition': `attachment; filename="${name}"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
