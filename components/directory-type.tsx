import { directoryTypeInfo } from '@/lib/directory-types';

export function DirectoryType({ type }: { type: string }) {
  const info = directoryTypeInfo(type);
  return (
    <span className="inline-flex items-center gap-2 whitespace-nowrap" title={type}>
      <span aria-hidden="true" className={`inline-flex size-6 items-center justify-center rounded text-[10px] font-bold ${info.tone}`}>
        {info.monogram}
      </span>
      {info.label}
    </span>
  );
}
