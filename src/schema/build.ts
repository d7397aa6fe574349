import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { IssuerResolver } from '../resolvers/issuer-resolver';
import { MutationResolver } from '../resolvers/mutation-resolver';
import { PersonResolver } from '../resolvers/person-resolver';
import { QueryResolver } from '../resolvers/query-resolver';
import {
  ClusterBuyResolver,
  CoInsiderResolver,
  FilingResolver,
  HoldingResolver,
  InsiderResolver,
  OptionResolver,
  PersonIssuerResolver,
  TransactionResolver,
} from '../resolvers/row-resolvers';

let built: GraphQLSchema | undefined;

/** The executable schema, built once per process (type-graphql's metadata is global anyway). */
export function apiSchema(): GraphQLSchema {
  built ??= buildSchemaSync({
    resolvers: [
      QueryResolver,
      MutationResolver,
      PersonResolver,
      IssuerResolver,
      FilingResolver,
      TransactionResolver,
      OptionResolver,
      HoldingResolver,
      InsiderResolver,
      PersonIssuerResolver,
      CoInsiderResolver,
      ClusterBuyResolver,
    ],
    // Arguments are checked with zod in the resolvers, for one error shape with the issue list.
    validate: false,
  });
  return built;
}
