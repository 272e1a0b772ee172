/**
 * WorkOS webhook receiver: point a WorkOS webhook endpoint at `<dashboard>/api/webhooks/workos` and
 * set WORKOS_WEBHOOK_SECRET to its secret. Verified dsync.* events mark the affected directory's
 * views stale, so the next view shows the change. Logic: lib/webhook-receiver.ts.
 */
import { invalidateDirectory } from '@/lib/cache';
import { MAX_WEBHOOK_BYTES, RecentIds, receiveWebhook } from '@/lib/webhook-receiver';
import { WebhookVerificationError, verifyWebhook } from '@/lib/workos';

// The SDK's HMAC check runs on Node crypto; the raw body must be read exactly as sent.
export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const seen = new RecentIds();

export async function POST(request: Request): Promise<Response> {
  const contentLength = Number(request.headers.get('content-length')) || null;
  const answer = await receiveWebhook(
    {
      // Refuse an oversized body before reading it.
      rawBody: contentLength && contentLength > MAX_WEBHOOK_BYTES ? '' : await request.text(),
      signature: request.headers.get('workos-signature'),
      contentLength,
    },
    {
      secret: process.env.WORKOS_WEBHOOK_SECRET?.trim() || undefined,
      verify: verifyWebhook,
      rejectionOf: (error) => (error instanceof WebhookVerificationError ? error.reason : null),
      seen,
      invalidate: invalidateDirectory,
    },
  );
  if (answer.status >= 400) {
    console.warn(JSON.stringify({ level: 'warn', event: 'webhook_rejected', status: answer.status, reason: answer.body.error }));
  }
  return Response.json(answer.body, { status: answer.status, headers: { 'Cache-Control': 'no-store' } });
}
