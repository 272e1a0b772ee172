import Link from 'next/link';
import type { ApiFailure } from '@/lib/api-error';

const explanations: Record<ApiFailure['kind'], { title: string; advice: string }> = {
  unauthorized: {
    title: 'WorkOS rejected the API key',
    advice: 'Check WORKOS_API_KEY in .env.local: it must be a secret key (sk_…) from the WorkOS dashboard for this environment. Restart the dashboard after changing it.',
  },
  forbidden: { title: 'This API key may not do that', advice: 'The key lacks permission for this resource. Use a key with Directory Sync access.' },
  not_found: { title: 'Not found', advice: 'It may have been deleted, or the link points to another environment.' },
  invalid_request: { title: 'WorkOS refused the request', advice: 'A filter or page cursor in the address is not valid here. Start again from the first page.' },
  rate_limited: { title: 'Rate limited by WorkOS', advice: 'Too many requests in a short time. Wait a moment, then try again.' },
  server_error: { title: 'WorkOS had a problem', advice: 'The API answered with a server error. This is usually temporary: try again shortly.' },
  timeout: { title: 'WorkOS did not answer in time', advice: 'The request timed out. Try again; if it keeps happening, check your network or the WorkOS status page.' },
  unreachable: {
    title: 'Cannot reach the WorkOS API',
    advice: 'The API host did not accept the connection. Check WORKOS_API_HOSTNAME / WORKOS_API_PORT, your network, or that the local emulator is running.',
  },
  unexpected: { title: 'Something went wrong talking to WorkOS', advice: 'Try again. If it persists, the request id below helps WorkOS support.' },
};

/** Failures that usually mean a setup problem, which Settings → Connection diagnoses. */
const SETUP_FAILURES: readonly ApiFailure['kind'][] = ['unauthorized', 'unreachable', 'timeout'];

/** A specific, useful explanation of a failed API call, in place of the data it would have shown. */
export function ApiFailureView({ failure, retryHref, startOverHref }: { failure: ApiFailure; retryHref: string; startOverHref?: string }) {
  const { title, advice } = explanations[failure.kind];
  const wait = failure.kind === 'rate_limited' && failure.retryAfterSeconds ? ` Try again in ${failure.retryAfterSeconds} s.` : '';
  return (
    <div role="alert" className="rounded-lg border border-red-200 bg-red-50 p-5 text-sm dark:border-red-900 dark:bg-red-950/40" data-failure-kind={failure.kind}>
      <h2 className="text-base font-semibold text-red-900 dark:text-red-200">{title}</h2>
      <p className="mt-1 text-red-900/90 dark:text-red-200/90">
        {advice}
        {wait}
      </p>
      {failure.kind === 'invalid_request' && failure.message && <p className="mt-1 text-red-900/80 dark:text-red-200/80">WorkOS said: “{failure.message}”</p>}
      <p className="mt-3 text-xs text-red-900/70 dark:text-red-200/70">
        {failure.status ? `HTTP ${failure.status}` : 'No HTTP response'}
        {failure.requestId && <> · request id <code className="font-mono">{failure.requestId}</code></>}
      </p>
      <div className="mt-4 flex gap-3">
        <a href={retryHref} className="rounded-md bg-red-700 px-3 py-1.5 font-medium text-white hover:bg-red-800">
          Try again
        </a>
        {startOverHref && (
          <Link href={startOverHref} className="rounded-md px-3 py-1.5 font-medium text-red-900 underline dark:text-red-200">
            Back to the first page
          </Link>
        )}
        {SETUP_FAILURES.includes(failure.kind) && (
          <Link href="/settings/connection" className="rounded-md px-3 py-1.5 font-medium text-red-900 underline dark:text-red-200">
            Check your connection settings
          </Link>
        )}
      </div>
    </div>
  );
}
