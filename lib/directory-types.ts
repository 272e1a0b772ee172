/** Readable names and a monogram colour for every directory `type` the API documents (API.md §5.1). */
export interface DirectoryTypeInfo {
  label: string;
  provider: string;
  monogram: string;
  /** Tailwind classes for the monogram tile. */
  tone: string;
}

const TYPES: Record<string, DirectoryTypeInfo> = {
  'azure scim v2.0': { label: 'Microsoft Entra ID (SCIM)', provider: 'Microsoft', monogram: 'En', tone: 'bg-sky-700 text-white' },
  bamboohr: { label: 'BambooHR', provider: 'BambooHR', monogram: 'Ba', tone: 'bg-lime-800 text-white' },
  'breathe hr': { label: 'Breathe HR', provider: 'Breathe', monogram: 'Br', tone: 'bg-teal-700 text-white' },
  'cezanne hr': { label: 'Cezanne HR', provider: 'Cezanne', monogram: 'Cz', tone: 'bg-violet-700 text-white' },
  'cyberark scim v2.0': { label: 'CyberArk (SCIM)', provider: 'CyberArk', monogram: 'Cy', tone: 'bg-blue-800 text-white' },
  'fourth hr': { label: 'Fourth HR', provider: 'Fourth', monogram: 'Fo', tone: 'bg-orange-700 text-white' },
  'generic scim v2.0': { label: 'Custom SCIM v2.0', provider: 'SCIM', monogram: 'SC', tone: 'bg-zinc-600 text-white' },
  'gsuite directory': { label: 'Google Workspace', provider: 'Google', monogram: 'G', tone: 'bg-red-700 text-white' },
  gusto: { label: 'Gusto', provider: 'Gusto', monogram: 'Gu', tone: 'bg-rose-700 text-white' },
  hibob: { label: 'HiBob', provider: 'HiBob', monogram: 'Hb', tone: 'bg-pink-700 text-white' },
  'sailpoint scim v2.0': { label: 'SailPoint (SCIM)', provider: 'SailPoint', monogram: 'SP', tone: 'bg-indigo-700 text-white' },
  'jump cloud scim v2.0': { label: 'JumpCloud (SCIM)', provider: 'JumpCloud', monogram: 'JC', tone: 'bg-emerald-700 text-white' },
  'okta scim v2.0': { label: 'Okta (SCIM)', provider: 'Okta', monogram: 'Ok', tone: 'bg-blue-700 text-white' },
  'onelogin scim v2.0': { label: 'OneLogin (SCIM)', provider: 'OneLogin', monogram: '1L', tone: 'bg-slate-800 text-white' },
  'people hr': { label: 'People HR', provider: 'People', monogram: 'Pe', tone: 'bg-cyan-700 text-white' },
  personio: { label: 'Personio', provider: 'Personio', monogram: 'Ps', tone: 'bg-neutral-800 text-white' },
  'pingfederate scim v2.0': { label: 'PingFederate (SCIM)', provider: 'Ping Identity', monogram: 'Pi', tone: 'bg-red-800 text-white' },
  'rippling scim v2.0': { label: 'Rippling (SCIM)', provider: 'Rippling', monogram: 'Ri', tone: 'bg-amber-800 text-white' },
  rippling: { label: 'Rippling', provider: 'Rippling', monogram: 'Ri', tone: 'bg-amber-800 text-white' },
  s3: { label: 'Amazon S3 (CSV)', provider: 'AWS', monogram: 'S3', tone: 'bg-yellow-600 text-black' },
  sftp: { label: 'SFTP (CSV)', provider: 'SFTP', monogram: 'FT', tone: 'bg-stone-600 text-white' },
  'sftp workday': { label: 'Workday (SFTP)', provider: 'Workday', monogram: 'Wd', tone: 'bg-orange-500 text-black' },
  workday: { label: 'Workday', provider: 'Workday', monogram: 'Wd', tone: 'bg-orange-500 text-black' },
};

export function directoryTypeInfo(type: string): DirectoryTypeInfo {
  return TYPES[type] ?? { label: type, provider: type, monogram: type.slice(0, 2).toUpperCase(), tone: 'bg-zinc-600 text-white' };
}
