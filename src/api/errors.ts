// One error shape for every failure the API returns: {error: {code, message}}. Never a stack trace.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';

export interface ErrorBody {
  error: { code: string; message: string };
}

/** A failure a handler wants the client to see, with its HTTP status and a stable code. */
export class ApiError extends Error {
  constructor(readonly statusCode: number, readonly code: string, message: string) {
    super(message);
  }
}

export const notFound = (what: string): ApiError => new ApiError(404, 'not_found', `${what} not found`);
export const badRequest = (message: string): ApiError => new ApiError(400, 'bad_request', message);

/** Fastify's own error codes mapped to ours; anything else with a 4xx status keeps its message. */
const FASTIFY_CODES: Record<string, string> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'bad_request',
  FST_ERR_CTP_INVALID_JSON_BODY: 'bad_request',
  FST_ERR_VALIDATION: 'bad_request',
};

export function errorBody(code: string, message: string): ErrorBody {
  return { error: { code, message } };
}

export function handleError(err: FastifyError | ApiError | Error, req: FastifyRequest, reply: FastifyReply): void {
  if (err instanceof ApiError) {
    reply.code(err.statusCode).send(errorBody(err.code, err.message));
    return;
  }
  const fe = err as FastifyError & { statusCode?: number };
  const status = typeof fe.statusCode === 'number' ? fe.statusCode : 500;
  if (status === 429) {
    reply.code(429).send(errorBody('rate_limited', fe.message || 'too many requests; slow down'));
    return;
  }
  if (status >= 400 && status < 500) {
    const code = (fe.code && FASTIFY_CODES[fe.code]) ?? (status === 404 ? 'not_found' : 'bad_request');
    // Validation messages name the field ("body/text must NOT have fewer than 1 characters"): useful, no internals.
    reply.code(status).send(errorBody(code, fe.message));
    return;
  }
  req.log.error({ err }, 'request failed');
  reply.code(500).send(errorBody('internal', 'internal error; see the server log'));
}
