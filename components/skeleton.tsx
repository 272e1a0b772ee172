/** Placeholder rows shown while a table's page loads (loading.tsx and Suspense fallbacks). */
export function TableSkeleton({ rows = 8, columns = 5 }: { rows?: number; columns?: number }) {
  return (
    <div role="status" aria-label="Loading" className="animate-pulse overflow-hidden rounded-lg border border-zinc-200 dark:border-zinc-800">
      <div className="h-9 bg-zinc-100 dark:bg-zinc-900" />
      {Array.from({ length: rows }, (_, row) => (
        <div key={row} className="flex gap-4 border-t border-zinc-100 px-3 py-3 dark:border-zinc-800">
          {Array.from({ length: columns }, (_, column) => (
            <div key={column} className="h-3 flex-1 rounded bg-zinc-200 dark:bg-zinc-800" />
          ))}
        </div>
      ))}
      <span className="sr-only">Loading…</span>
    </div>
  );
}
