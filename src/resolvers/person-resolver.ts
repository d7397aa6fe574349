import { Arg, Args, Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import { TransactionOrderBy } from '../schema/enums';
import { toId } from '../schema/ids';
import { PageArgs, type ConnectionShape } from '../schema/pagination';
import {
  CoInsider,
  CoInsiderConnection,
  Filing,
  FilingConnection,
  Holding,
  HoldingConnection,
  HoldingPoint,
  HoldingPointConnection,
  Option,
  OptionConnection,
  Person,
  PersonIssuer,
  PersonIssuerConnection,
  Transaction,
  TransactionConnection,
} from '../schema/types';
import type { ApiContext } from './context';
import { toConnection, toCountedConnection } from './connection';
import { loadList } from './list-loaders';
import { toFiling, toHolding, toHoldingPoint, toOption, toPerson, toTransaction } from './mappers';
import { check, holdingsFilter, HoldingLineArgs, idArg, pageWindow } from './validate';

/** Every role: a person's issuers list their roles unfiltered. */
const ANY_ROLE = { role: null, asOf: null };

@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => ID, { description: 'Stable across restarts.' })
  id(@Root() p: Person): string {
    return toId('Person', p.key);
  }

  @FieldResolver(() => PersonIssuerConnection, { description: 'The issuers this person has (had) a role at, by issuer name, with the roles.' })
  async issuers(@Root() p: Person, @Ctx() ctx: ApiContext, @Args() page: PageArgs): Promise<ConnectionShape<PersonIssuer>> {
    const found = await ctx.loaders.pages.personIssuers.load({ parent: p.key, window: pageWindow(page), args: null });
    return toCountedConnection(found, (r) => ({ personKey: p.key, issuerKey: r.issuerKey, roleFilter: ANY_ROLE, firstRoles: r.firstRoles }));
  }

  @FieldResolver(() => CoInsiderConnection, { description: 'People with a role at an issuer this person has a role at; most issuers shared first, then by name.' })
  async coInsiders(@Root() p: Person, @Ctx() ctx: ApiContext, @Args() page: PageArgs): Promise<ConnectionShape<CoInsider>> {
    const found = await loadList(ctx.loaders.lists.coInsiders, p.key, pageWindow(page), null);
    return toConnection(found.page, (r) => ({ person: toPerson(r.person), centerKey: p.key, firstSharedKeys: r.firstShared }), found.count);
  }

  @FieldResolver(() => HoldingConnection, {
    description: 'Latest balance per non-derivative holding line (issuer, security, direct/indirect, nature), from current filings: lines above zero shares unless includeClosed; by issuer name, then security, direct before indirect, nature.',
  })
  async holdings(@Root() p: Person, @Ctx() ctx: ApiContext, @Args() page: PageArgs, @Args() lines: HoldingLineArgs): Promise<ConnectionShape<Holding>> {
    const found = await loadList(ctx.loaders.lists.holdings, p.key, pageWindow(page), holdingsFilter(lines));
    return toConnection(found.page, toHolding, found.count);
  }

  @FieldResolver(() => OptionConnection, {
    description: 'Derivative holding lines, one per security (and its terms), direct/indirect and nature: those above zero and not expired as of asOf (today by default) unless includeClosed; by title, then expiration (none first), direct before indirect, nature.',
  })
  async options(@Root() p: Person, @Ctx() ctx: ApiContext, @Args() page: PageArgs, @Args() lines: HoldingLineArgs): Promise<ConnectionShape<Option>> {
    const found = await loadList(ctx.loaders.lists.options, p.key, pageWindow(page), holdingsFilter(lines));
    return toConnection(found.page, toOption, found.count);
  }

  @FieldResolver(() => HoldingPointConnection, { description: 'The non-derivative balance after each reported row at one issuer, oldest first (date, filing, row).' })
  async holdingHistory(@Root() p: Person, @Ctx() ctx: ApiContext, @Args() page: PageArgs, @Arg('issuer', () => ID) issuer: string): Promise<ConnectionShape<HoldingPoint>> {
    const { key } = check(idArg('Issuer'), issuer);
    const found = await ctx.loaders.pages.holdingHistory.load({ parent: { person: p.key, issuer: key }, window: pageWindow(page), args: null });
    return toCountedConnection(found, toHoldingPoint);
  }

  @FieldResolver(() => TransactionConnection, { description: 'This person’s transactions, newest first unless ordered otherwise.' })
  async transactions(
    @Root() p: Person,
    @Ctx() ctx: ApiContext,
    @Args() page: PageArgs,
    @Arg('orderBy', () => TransactionOrderBy, { nullable: true }) orderBy?: TransactionOrderBy | null,
  ): Promise<ConnectionShape<Transaction>> {
    const found = await loadList(ctx.loaders.lists.personTransactions, p.key, pageWindow(page), orderBy ?? TransactionOrderBy.DATE_DESC);
    return toConnection(found.page, toTransaction, found.count);
  }

  @FieldResolver(() => FilingConnection, { description: 'Filings this person is a reporting owner of, latest period first.' })
  async filings(@Root() p: Person, @Ctx() ctx: ApiContext, @Args() page: PageArgs): Promise<ConnectionShape<Filing>> {
    const found = await loadList(ctx.loaders.lists.personFilings, p.key, pageWindow(page), null);
    return toConnection(found.page, toFiling, found.count);
  }
}
