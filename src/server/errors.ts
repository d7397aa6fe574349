import { GraphQLError } from 'graphql';
import type { ZodError } from 'zod';

/** The error codes clients can rely on, in extensions.code. */
export const ERROR_CODES = ['NOT_FOUND', 'BAD_USER_INPUT', 'UNAUTHENTICATED', 'QUERY_TOO_COMPLEX', 'SERVICE_UNAVAILABLE', 'INTERNAL_SERVER_ERROR'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** NOT_FOUND, said as a person would: "no person with id nope", "no issuer with ticker XYZ". */
export function notFound(kind: string, by: string, value: string): GraphQLError {
  return new GraphQLError(`no ${kind} with ${by} ${value}`, { extensions: { code: 'NOT_FOUND' } });
}

export interface InputIssue {
  path: Array<string | number>;
  message: string;
  code: string;
}

/** Bad arguments, with the zod issue list so a client can point at the offending field. */
export function badInput(message: string, issues: InputIssue[] = []): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', issues } });
}

export function badInputFromZod(e: ZodError): GraphQLError {
  const issues = e.issues.map((i) => ({ path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)), message: i.message, code: i.code }));
  const first = issues[0];
  return badInput(first ? `invalid argument ${first.path.join('.') || '(root)'}: ${first.message}` : 'invalid arguments', issues);
}

export function unauthenticated(what: string): GraphQLError {
  return new GraphQLError(what, { extensions: { code: 'UNAUTHENTICATED' } });
}

export function tooComplex(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX' } });
}

/** The server cannot do this now for a reason of its own (its disk is full or read-only); retry later. */
export function unavailable(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'SERVICE_UNAVAILABLE' } });
}
