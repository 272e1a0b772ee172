/**
 * One typed description of a failed WorkOS API call, made from whatever the SDK threw.
 * Pages render it (components/api-failure.tsx); nothing else inspects SDK exceptions.
 */
import {
  GenericServerException,
  NotFoundException,
  OauthException,
  RateLimitExceededException,
  UnauthorizedException,
  UnprocessableEntityException,
} from '@workos-inc/node';

export type ApiFailureKind =
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'invalid_request'
  | 'rate_limited'
  | 'server_error'
  | 'timeout'
  | 'unreachable'
  | 'unexpected';

export interface ApiFailure {
  kind: ApiFailureKind;
  status: number | null;
  message: string;
  requestId: string | null;
  retryAfterSeconds: number | null;
}

export class WorkOSApiError extends Error {
  constructor(readonly failure: ApiFailure) {
    super(`WorkOS API ${failure.kind}${failure.status ? ` (${failure.status})` : ''}: ${failure.message}`);
    this.name = 'WorkOSApiError';
  }
}

function requestIdOf(error: unknown): string | null {
  const id = (error as { requestID?: unknown }).requestID;
  return typeof id === 'string' && id !== '' ? id : null;
}

export function describeFailure(error: unknown): ApiFailure {
  if (error instanceof WorkOSApiError) return error.failure;
  const base = { requestId: requestIdOf(error), retryAfterSeconds: null };
  if (error instanceof UnauthorizedException) {
    return { ...base, kind: 'unauthorized', status: 401, message: 'WorkOS rejected the API key.' };
  }
  if (error instanceof NotFoundException) {
    return { ...base, kind: 'not_found', status: 404, message: error.message };
  }
  if (error instanceof UnprocessableEntityException) {
    return { ...base, kind: 'invalid_request', status: 422, message: error.message };
  }
  if (error instanceof RateLimitExceededException) {
    return { ...base, kind: 'rate_limited', status: 429, message: error.message, retryAfterSeconds: error.retryAfter ?? null };
  }
  if (error instanceof OauthException && error.status === 408) {
    return { ...base, kind: 'timeout', status: 408, message: 'WorkOS did not answer in time.' };
  }
  if (error instanceof GenericServerException) {
    const kind: ApiFailureKind = error.status === 403 ? 'forbidden' : error.status >= 500 ? 'server_error' : 'unexpected';
    return { ...base, kind, status: error.status, message: error.message };
  }
  // Network failures surface as a plain Error('Unexpected error: TypeError: fetch failed') (API.md §3.5).
  if (error instanceof Error && /fetch failed|ECONNREFUSED|ECONNRESET|socket/i.test(`${error.message} ${String(error.cause ?? '')}`)) {
    return { ...base, kind: 'unreachable', status: null, message: 'The WorkOS API could not be reached.' };
  }
  if (error instanceof Error && error.name === 'TimeoutError') {
    return { ...base, kind: 'timeout', status: null, message: 'WorkOS did not answer in time.' };
  }
  return { ...base, kind: 'unexpected', status: null, message: error instanceof Error ? error.message : String(error) };
}
