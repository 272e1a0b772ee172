import { signOutAction } from '@/app/sign-out/actions';
import type { Actor } from '@/lib/session';

export function SignOutButton() {
  return (
    <form action={signOutAction}>
      <button type="submit" className="rounded-md px-2 py-1 text-sm text-zinc-600 ring-1 ring-zinc-300 hover:bg-zinc-100 dark:text-zinc-300 dark:ring-zinc-700 dark:hover:bg-zinc-800">
        Sign out
      </button>
    </form>
  );
}

/** Who is signed in, with which rights, and the way out. */
export function UserMenu({ actor }: { actor: Actor }) {
  return (
    <div className="flex items-center gap-3 text-sm">
      <span className="text-zinc-700 dark:text-zinc-300" title={actor.email}>
        {actor.name} <span className="text-zinc-600 dark:text-zinc-400">· {actor.role === 'admin' ? 'Admin' : 'Viewer'}</span>
      </span>
      <SignOutButton />
    </div>
  );
}
