/** Shared test utilities: start an emulator, an SDK client bound to it, raw fetch, spec validation. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { WorkOS } from '@workos-inc/node';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { startEmulator, type EmulatorHandle, type EmulatorOptions } from './server';

export async function start(options: EmulatorOptions = {}): Promise<EmulatorHandle> {
  return startEmulator({ port: 0, quiet: true, largeDirectoryUsers: 500, deleteDelayMs: 0, ...options });
}

export function sdk(emu: EmulatorHandle, apiKey = emu.apiKey): WorkOS {
  return new WorkOS(apiKey, { apiHostname: '127.0.0.1', port: emu.port, https: false, maxRetries: 0 });
}

export interface RawResponse<T = any> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

export async function api<T = any>(emu: EmulatorHandle, path: string, init: RequestInit & { key?: string | null } = {}): Promise<RawResponse<T>> {
  const { key, ...rest } = init;
  const headers = new Headers(rest.headers);
  if (key !== null) headers.set('Authorization', `Bearer ${key ?? emu.apiKey}`);
  const res = await fetch(`${emu.url}${path}`, { ...rest, headers });
  const text = await res.text();
  let body: unknown;
  try { body = JSON.parse(text); } catch { body = undefined; }
  return { status: res.status, headers: res.headers, body: body as T, text };
}

// ---- spec validation ---------------------------------------------------------------------------

const require = createRequire(import.meta.url);
let ajv: Ajv2020 | undefined;

/** OpenAPI 3.0 `nullable: true` → JSON-Schema type arrays (the 3.1 spec already uses type arrays). */
function normalize(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(normalize);
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) out[k] = normalize(v);
  if (out.nullable === true && typeof out.type === 'string') out.type = [out.type, 'null'];
  delete out.nullable;
  return out;
}

function validator(): Ajv2020 {
  if (ajv) return ajv;
  const specPath = require.resolve('@workos/openapi-spec/spec');
  const spec = normalize(parse(readFileSync(specPath, 'utf8'))) as Record<string, unknown>;
  ajv = new Ajv2020({ strict: false, allErrors: false, validateFormats: true });
  addFormats.default(ajv);
  // The whole document is one schema, so in-document `#/components/schemas/...` refs resolve.
  ajv.addSchema({ $id: 'spec', components: spec.components, paths: spec.paths }, 'spec');
  return ajv;
}

const pointer = (...parts: string[]) => parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');

/** Validates against `#/components/schemas/<name>`; returns ajv's errors (empty = valid). */
export function validateComponent(name: string, value: unknown): string[] {
  return run(`spec#/components/schemas/${name}`, value);
}

/** Validates against a path's response schema, e.g. ('/directories/{id}', 'get', '404'). */
export function validateResponse(path: string, method: string, status: string, value: unknown): string[] {
  return run(`spec#/${pointer('paths', path, method, 'responses', status, 'content', 'application/json', 'schema')}`, value);
}

function run(ref: string, value: unknown): string[] {
  const v = validator();
  const validate = v.getSchema(ref);
  if (!validate) throw new Error(`no schema at ${ref}`);
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);
}
