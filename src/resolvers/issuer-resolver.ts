import { Arg, Args, Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import { z } from 'zod';
import { issuerActivity } from '../graph/queries/activity';
import { Interval, Role, TransactionOrderBy } from '../schema/enums';
import { toId } from '../schema/ids';
import { PageArgs, type ConnectionShape } from '../schema/pagination';
import { DateScalar } from '../schema/scalars';
import { ActivityPeriod, Filing, FilingConnection, Insider, InsiderConnection, Issuer, TickerPeriod, Transaction, TransactionConnection } from '../schema/types';
import type { ApiContext } from './context';
import { toConnection } from './connection';
import { loadList } from './list-loaders';
import { toFiling, toPerson, toTransaction } from './mappers';
import { check, isoDateArg, pageWindow } from './validate';

@Resolver(() => Issuer)
export class IssuerResolver {
  @FieldResolver(() => ID)
  id(@Root() i: Issuer): string {
    return toId('Issuer', i.key);
  }

  @FieldResolver(() => [TickerPeriod], { description: 'Every ticker this issuer’s filings gave, the latest first, with the periods of the first and last filings that gave it.' })
  tickerHistory(@Root() i: Issuer, @Ctx() ctx: ApiContext): Promise<TickerPeriod[]> {
    return ctx.loaders.tickers.load(i.key);
  }

  @FieldResolver(() => InsiderConnection, { description: 'People with a role here, by name, with titles and the dates filings showed them; asOf keeps those whose span covers the date (and only those roles).' })
  async insiders(
    @Root() i: Issuer,
    @Ctx() ctx: ApiContext,
    @Args() page: PageArgs,
    @Arg('role', () => Role, { nullable: true }) role?: Role | null,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf?: string | null,
  ): Promise<ConnectionShape<Insider>> {
    const f = { role: role ?? null, asOf: check(isoDateArg.nullish(), asOf) ?? null };
    const found = await loadList(ctx.loaders.lists.insiders, i.key, pageWindow(page), f);
    return toConnection(found.page, (r) => ({ person: toPerson(r.person), personKey: r.person.key, issuerKey: i.key, roleFilter: f, firstRoles: r.firstRoles }), found.count);
  }

  @FieldResolver(() => [ActivityPeriod], { description: 'Buys, sells, net shares and value per month or quarter (non-derivative rows of current filings).' })
  async activity(
    @Root() i: Issuer,
    @Ctx() ctx: ApiContext,
    @Arg('from', () => DateScalar, { nullable: true }) from?: string | null,
    @Arg('to', () => DateScalar, { nullable: true }) to?: string | null,
    @Arg('interval', () => Interval, { nullable: true, defaultValue: Interval.MONTH }) interval?: Interval,
  ): Promise<ActivityPeriod[]> {
    const a = check(z.object({ from: isoDateArg.nullish(), to: isoDateArg.nullish() }), { from, to });
    return issuerActivity(ctx.store, i.key, a.from ?? null, a.to ?? null, interval === Interval.QUARTER ? 'QUARTER' : 'MONTH');
  }

  @FieldResolver(() => TransactionConnection, { description: 'Transactions of current filings about this issuer, newest first unless ordered otherwise.' })
  async transactions(
    @Root() i: Issuer,
    @Ctx() ctx: ApiContext,
    @Args() page: PageArgs,
    @Arg('orderBy', () => TransactionOrderBy, { nullable: true }) orderBy?: TransactionOrderBy | null,
  ): Promise<ConnectionShape<Transaction>> {
    const found = await loadList(ctx.loaders.lists.issuerTransactions, i.key, pageWindow(page), orderBy ?? TransactionOrderBy.DATE_DESC);
    return toConnection(found.page, toTransaction, found.count);
  }

  @FieldResolver(() => FilingConnection, { description: 'Filings about this issuer, latest period first.' })
  async filings(@Root() i: Issuer, @Ctx() ctx: ApiContext, @Args() page: PageArgs): Promise<ConnectionShape<Filing>> {
    const found = await loadList(ctx.loaders.lists.issuerFilings, i.key, pageWindow(page), null);
    return toConnection(found.page, toFiling, found.count);
  }
}
