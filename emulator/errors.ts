/**
 * API errors carry the HTTP status and the JSON body WorkOS would send: `{message, code}` for most
 * errors; the body can be overridden where the spec fixes another shape (429 on /directory_users is
 * the JSON string "Ratelimited").
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code: string,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
    private readonly bodyOverride?: unknown,
  ) {
    super(message);
  }
  body(): unknown {
    return this.bodyOverride !== undefined ? this.bodyOverride : { message: this.message, code: this.code, ...this.extra };
  }
}

export const notFound = (kind: string, id: string): ApiError =>
  new ApiError(404, `${kind} not found: '${truncate(id)}'.`, 'entity_not_found', { entity_id: truncate(id) });

/**
 * 422 body: `{message, code, field}`. The Events route's spec schema also requires `errors[]`; it is
 * added only there because the SDK replaces the message with a generic text when `errors` is present.
 */
export const unprocessable = (message: string, field?: string): ApiError =>
  new ApiError(422, message, 'invalid_request_parameters', field ? { field } : {});

export function withErrorList(error: ApiError): ApiError {
  const field = typeof error.extra.field === 'string' ? error.extra.field : 'request';
  return new ApiError(error.status, error.message, error.code, { ...error.extra, errors: [{ code: `invalid_${field}`, field }] }, error.headers);
}

export const unauthorized = (): ApiError =>
  new ApiError(401, 'Could not authorize the request. Maybe your API key is invalid?', 'unauthorized');

export const rateLimited = (retryAfterSeconds: number): ApiError =>
  new ApiError(429, 'Ratelimited', 'rate_limit_exceeded', {}, { 'Retry-After': String(retryAfterSeconds) }, 'Ratelimited');

/** Echoing client input in messages is useful, but never echo megabytes of it. */
export function truncate(value: string, max = 100): string {
  return value.length > max ? `${value.slice(0, max)}…` : value;
}
