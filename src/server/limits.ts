import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';
import { tooComplex } from './errors';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
}

/**
 * Deep enough for person → coInsiders → edges → node → person → issuers → issuer → insiders, far
 * from what walking the graph through nested fields (instead of `network`) would need. The cost model
 * (graphql-armor's) multiplies by 1.5 per level, so every list being a connection (edges → node, two
 * levels) makes a nested list cost 2.25 times what a plain list did: the Explorer's person page, five
 * lists with their issuers, costs about 39,000 and a dozen holding histories about 66,000.
 */
export const DEFAULT_LIMITS: QueryLimits = { maxDepth: 12, maxAliases: 15, maxCost: 100000 };

/**
 * The armor rules throw by default, which Apollo reports as an internal error; reported through the
 * validation context instead, they come out as validation errors with our code.
 */
export const LIMIT_MESSAGE_PREFIX = 'Query too complex: ';

function reject(ctx: ValidationContext | null, err: GraphQLError): void {
  ctx?.reportError(tooComplex(`${LIMIT_MESSAGE_PREFIX}${err.message.replace(/^Syntax Error: /, '')}`));
}

export function limitRules(l: QueryLimits): ValidationRule[] {
  const common = { exposeLimits: true, propagateOnRejection: false, onReject: [reject] };
  // The rules' ValidationContext type comes from their own graphql typings; the objects are the same.
  return [maxDepthRule({ n: l.maxDepth, ...common }), maxAliasesRule({ n: l.maxAliases, ...common }), costLimitRule({ maxCost: l.maxCost, ...common })] as unknown as ValidationRule[];
}
