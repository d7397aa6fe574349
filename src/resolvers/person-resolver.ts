import { Arg, Args, Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import { filings, countFilings } from '../graph/queries/filings';
import { holdingHistory } from '../graph/queries/holdings';
import { coInsiders, countCoInsiders } from '../graph/queries/persons';
import { countTransactions, transactions } from '../graph/queries/transactions';
import { TransactionOrderBy } from '../schema/enums';
import { toId } from '../schema/ids';
import { PageArgs, type ConnectionShape } from '../schema/pagination';
import {
  CoInsider,
  CoInsiderConnection,
  Filing,
  FilingConnection,
  Holding,
  HoldingPoint,
  Option,
  Person,
  PersonIssuer,
  Transaction,
  TransactionConnection,
} from '../schema/types';
import type { ApiContext } from './context';
import { toConnection } from './connection';
import { toFiling, toHolding, toHoldingPoint, toOption, toPerson, toRelationship, toTransaction } from './mappers';
import { check, idArg, pageWindow } from './validate';

@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => ID, { description: 'Stable across restarts.' })
  id(@Root() p: Person): string {
    return toId('Person', p.key);
  }

  @FieldResolver(() => [PersonIssuer], { description: 'The issuers this person has (had) a role at, with the roles.' })
  async issuers(@Root() p: Person, @Ctx() ctx: ApiContext): Promise<PersonIssuer[]> {
    const rows = await ctx.loaders.personIssuers.load(p.key);
    return rows.map((r) => ({ issuerKey: r.issuerKey, relationships: r.roles.map(toRelationship) }));
  }

  @FieldResolver(() => CoInsiderConnection, { description: 'People with a role at an issuer this person has a role at; most issuers shared first.' })
  async coInsiders(@Root() p: Person, @Ctx() ctx: ApiContext, @Args() page: PageArgs): Promise<ConnectionShape<CoInsider>> {
    const w = pageWindow(page);
    return toConnection(await coInsiders(ctx.store, p.key, w), (r) => ({ person: toPerson(r.person), sharedIssuerKeys: r.sharedIssuerKeys }), () => countCoInsiders(ctx.store, p.key));
  }

  @FieldResolver(() => [Holding], { description: 'Latest balance per security line, from current filings.' })
  async holdings(@Root() p: Person, @Ctx() ctx: ApiContext): Promise<Holding[]> {
    return (await ctx.loaders.holdings.load(p.key)).map(toHolding);
  }

  @FieldResolver(() => [Option])
  async options(@Root() p: Person, @Ctx() ctx: ApiContext): Promise<Option[]> {
    return (await ctx.loaders.options.load(p.key)).map(toOption);
  }

  @FieldResolver(() => [HoldingPoint], { description: 'The non-derivative balance after each reported row at one issuer, in date order.' })
  async holdingHistory(@Root() p: Person, @Ctx() ctx: ApiContext, @Arg('issuer', () => ID) issuer: string): Promise<HoldingPoint[]> {
    const { key } = check(idArg('Issuer'), issuer);
    return (await holdingHistory(ctx.store, p.key, key)).map(toHoldingPoint);
  }

  @FieldResolver(() => TransactionConnection, { description: 'This person’s transactions, newest first unless ordered otherwise.' })
  async transactions(
    @Root() p: Person,
    @Ctx() ctx: ApiContext,
    @Args() page: PageArgs,
    @Arg('orderBy', () => TransactionOrderBy, { nullable: true }) orderBy?: TransactionOrderBy | null,
  ): Promise<ConnectionShape<Transaction>> {
    const f = { personKey: p.key };
    const w = pageWindow(page);
    return toConnection(await transactions(ctx.store, f, orderBy ?? TransactionOrderBy.DATE_DESC, w), toTransaction, () => countTransactions(ctx.store, f));
  }

  @FieldResolver(() => FilingConnection)
  async filings(@Root() p: Person, @Ctx() ctx: ApiContext, @Args() page: PageArgs): Promise<ConnectionShape<Filing>> {
    const f = { personKey: p.key };
    const w = pageWindow(page);
    return toConnection(await filings(ctx.store, f, w), toFiling, () => countFilings(ctx.store, f));
  }
}
