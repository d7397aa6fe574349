import { LIMIT_MESSAGE_PREFIX } from './limits';
import type { GraphQLFormattedError } from 'graphql';

/** Codes of errors a client is told about as they are: its request's fault, or a state to retry. */
const CLIENT_CODES = new Set(['NOT_FOUND', 'BAD_USER_INPUT', 'UNAUTHENTICATED', 'QUERY_TOO_COMPLEX', 'SERVICE_UNAVAILABLE', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED', 'OPERATION_RESOLUTION_FAILURE']);

export function isClientErrorCode(code: string | null): boolean {
  return code !== null && CLIENT_CODES.has(code);
}

/**
 * What a client sees of an error: the typed code, and for our own errors the message. Anything
 * unexpected (a bug, the engine failing) becomes INTERNAL_SERVER_ERROR without its message, which
 * could name files or statements; the stack only in development (Apollo adds it there).
 */
export function formatError(dev: boolean) {
  return (formatted: GraphQLFormattedError): GraphQLFormattedError => {
    const code = typeof formatted.extensions?.code === 'string' ? formatted.extensions.code : 'INTERNAL_SERVER_ERROR';
    // Apollo gives every validation error its own code; the limit rules' errors are told by their text.
    if (formatted.message.startsWith(LIMIT_MESSAGE_PREFIX)) return { ...formatted, extensions: { ...formatted.extensions, code: 'QUERY_TOO_COMPLEX' } };
    if (isClientErrorCode(code) || dev) return formatted;
    return { message: 'internal error', locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
