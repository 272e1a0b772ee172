'use client';
import Link from 'next/link';

/** Last resort for an error no page handled itself: no stack trace, a way to retry and a way out. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="mx-auto max-w-lg py-16 text-center">
      <h1 className="text-2xl font-semibold">This page could not be shown</h1>
      <p className="mt-2 text-zinc-600 dark:text-zinc-400">Something went wrong while loading it. Nothing was changed.</p>
      {error.digest && <p className="mt-2 text-xs text-zinc-600 dark:text-zinc-400">Reference: {error.digest}</p>}
      <div className="mt-6 flex justify-center gap-3">
        <button type="button" onClick={reset} className="rounded-md bg-zinc-900 px-4 py-2 text-sm font-medium text-white dark:bg-zinc-100 dark:text-zinc-900">
          Try again
        </button>
        <Link href="/directories" className="rounded-md px-4 py-2 text-sm font-medium underline">
          Back to directories
        </Link>
      </div>
    </div>
  );
}
