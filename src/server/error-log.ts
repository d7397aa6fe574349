import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import { isClientErrorCode } from './format-error';

/**
 * Logs each error a client was not told about: a bug, or the engine failing. The client gets
 * INTERNAL_SERVER_ERROR and "internal error" (formatError), so this line, with the original error
 * and its stack, is the operator's only view of it. Client errors (bad input, not found, limits)
 * are the client's to read and are not logged.
 */
export function errorLogPlugin<C extends object>(logger: Logger): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, operationName }) {
          for (const e of errors) {
            if (isClientErrorCode(codeOf(e))) continue;
            logger.error({ err: e.originalError ?? e, path: e.path?.join('.'), operationName: operationName ?? null }, 'request failed');
          }
        },
      };
    },
  };
}

function codeOf(e: GraphQLError): string | null {
  return typeof e.extensions?.code === 'string' ? e.extensions.code : null;
}
