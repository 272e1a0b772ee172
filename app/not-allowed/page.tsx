import type { Metadata } from 'next';
import { SignOutButton } from '@/components/user-menu';

export const metadata: Metadata = { title: 'Not allowed' };

export default function NotAllowedPage() {
  return (
    <div className="mx-auto max-w-lg py-16 text-center">
      <p className="text-sm font-semibold text-zinc-600 dark:text-zinc-400">403</p>
      <h1 className="mt-2 text-2xl font-semibold">This account may not use the dashboard</h1>
      <p className="mt-2 text-zinc-600 dark:text-zinc-400">
        You are signed in, but not as a member of the organization this dashboard serves (WORKOS_ALLOWED_ORGANIZATION_ID). Sign in with
        another account, or ask an administrator for access.
      </p>
      <div className="mt-6 flex justify-center">
        <SignOutButton />
      </div>
    </div>
  );
}
