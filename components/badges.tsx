import type { DirectoryState, UserState } from '@/lib/types';

const tones = {
  green: 'bg-emerald-50 text-emerald-800 ring-emerald-600/30 dark:bg-emerald-950 dark:text-emerald-300 dark:ring-emerald-400/30',
  amber: 'bg-amber-50 text-amber-900 ring-amber-600/30 dark:bg-amber-950 dark:text-amber-300 dark:ring-amber-400/30',
  red: 'bg-red-50 text-red-800 ring-red-600/30 dark:bg-red-950 dark:text-red-300 dark:ring-red-400/30',
  gray: 'bg-zinc-100 text-zinc-700 ring-zinc-500/30 dark:bg-zinc-800 dark:text-zinc-300 dark:ring-zinc-400/30',
  blue: 'bg-sky-50 text-sky-800 ring-sky-600/30 dark:bg-sky-950 dark:text-sky-300 dark:ring-sky-400/30',
} as const;

export function Badge({ tone, children }: { tone: keyof typeof tones; children: React.ReactNode }) {
  return <span className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset ${tones[tone]}`}>{children}</span>;
}

const directoryStates: Record<DirectoryState, { label: string; tone: keyof typeof tones }> = {
  active: { label: 'Linked', tone: 'green' },
  validating: { label: 'Validating', tone: 'blue' },
  invalid_credentials: { label: 'Invalid credentials', tone: 'red' },
  inactive: { label: 'Unlinked', tone: 'gray' },
  deleting: { label: 'Deleting', tone: 'amber' },
};

export function DirectoryStateBadge({ state }: { state: DirectoryState }) {
  const { label, tone } = directoryStates[state] ?? { label: state, tone: 'gray' };
  return <Badge tone={tone}>{label}</Badge>;
}

const userStates: Record<UserState, keyof typeof tones> = { active: 'green', suspended: 'amber', inactive: 'gray' };

export function UserStateBadge({ state }: { state: UserState }) {
  return <Badge tone={userStates[state] ?? 'gray'}>{state.charAt(0).toUpperCase() + state.slice(1)}</Badge>;
}
