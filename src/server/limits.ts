import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import type { ValidationRule } from 'graphql';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
}

/**
 * Deep enough for person → coInsiders → edges → node → issuers → issuer → insiders → ... a few
 * levels, far from what a recursive walk through the API (instead of `network`) would need.
 */
export const DEFAULT_LIMITS: QueryLimits = { maxDepth: 12, maxAliases: 15, maxCost: 5000 };

/** Every limit error starts with this, so formatError can give it the QUERY_TOO_COMPLEX code. */
export const LIMIT_MESSAGE_PREFIX = 'Query too complex';

export function limitRules(l: QueryLimits): ValidationRule[] {
  // The armor rules take their own ValidationContext type from their graphql copy; same shape.
  return [
    maxDepthRule({ n: l.maxDepth, errorMessage: `${LIMIT_MESSAGE_PREFIX}: depth over ${l.maxDepth}`, exposeLimits: true }),
    maxAliasesRule({ n: l.maxAliases, errorMessage: `${LIMIT_MESSAGE_PREFIX}: over ${l.maxAliases} aliases`, exposeLimits: true }),
    costLimitRule({ maxCost: l.maxCost, errorMessage: `${LIMIT_MESSAGE_PREFIX}: cost over ${l.maxCost}`, exposeLimits: true }),
  ] as unknown as ValidationRule[];
}
