import { Arg, Args, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { z } from 'zod';
import { clusterBuys, countClusterBuys, type BuyWindow, type ClusterBuyRecord } from '../graph/queries/activity';
import { countFilings, filingKeyOfAccession, filings } from '../graph/queries/filings';
import { countIssuers, issuerByCik, issuerByTicker, issuersByTicker, searchIssuers } from '../graph/queries/issuers';
import { connection, MAX_CONNECTION_HOPS, MAX_NETWORK_DEPTH, network } from '../graph/queries/paths';
import { countPeople, personByCik, searchPeople } from '../graph/queries/persons';
import { countTransactions, transactions } from '../graph/queries/transactions';
import { Role, TransactionOrderBy } from '../schema/enums';
import { DateScalar } from '../schema/scalars';
import { PageArgs } from '../schema/pagination';
import {
  ClusterBuy,
  ClusterBuyConnection,
  Filing,
  FilingConnection,
  GraphView,
  Issuer,
  IssuerConnection,
  Paths,
  Person,
  PersonConnection,
  TickerUse,
  TransactionConnection,
} from '../schema/types';
import { badInput, notFound } from '../server/errors';
import type { ApiContext } from './context';
import { toConnection } from './connection';
import { filingQueryFilter, transactionQueryFilter } from './filters';
import { FilingFilter, TransactionFilter } from './inputs';
import { toFiling, toGraphView, toIssuer, toPerson, toTransaction } from './mappers';
import { check, cikArg, idArg, isoDateArg, keyOfId, pageWindow } from './validate';

type Conn<T> = ReturnType<typeof toConnection<unknown, T>>;

/** Exactly one way of naming the thing asked for. */
function oneOf(args: Record<string, unknown>): void {
  const given = Object.entries(args).filter(([, v]) => v !== null && v !== undefined);
  if (given.length !== 1) throw badInput(`give exactly one of ${Object.keys(args).join(', ')}`, [{ path: [], message: 'exactly one argument', code: 'custom' }]);
}

@Resolver()
export class QueryResolver {
  @Query(() => Person, { description: 'A person by id or CIK; NOT_FOUND when there is none.' })
  async person(
    @Ctx() ctx: ApiContext,
    @Arg('id', () => ID, { nullable: true }) id?: string | null,
    @Arg('cik', () => String, { nullable: true }) cik?: string | null,
  ): Promise<Person> {
    oneOf({ id, cik });
    const found = id ? await ctx.loaders.person.load(keyOfId('Person', id)) : await personByCik(ctx.store, check(cikArg, cik));
    if (!found) throw id ? notFound('person', 'id', id) : notFound('person', 'CIK', String(cik));
    return toPerson(found);
  }

  @Query(() => PersonConnection, { description: 'People by name (case, punctuation and common OCR slips ignored), role and issuer.' })
  async people(
    @Ctx() ctx: ApiContext,
    @Args() page: PageArgs,
    @Arg('search', () => String, { nullable: true }) search?: string | null,
    @Arg('role', () => Role, { nullable: true }) role?: Role | null,
    @Arg('issuer', () => ID, { nullable: true }) issuer?: string | null,
  ): Promise<Conn<Person>> {
    const filter = { search, role: role ?? null, issuerKey: issuer ? check(idArg('Issuer'), issuer).key : null };
    check(z.string().max(200).nullish(), search);
    const w = pageWindow(page);
    if (!filter.role && !filter.issuerKey) {
      const found = await ctx.names.search(search, w);
      return toConnection(found, toPerson, () => Promise.resolve(found.total));
    }
    return toConnection(await searchPeople(ctx.store, filter, w), toPerson, () => countPeople(ctx.store, filter));
  }

  @Query(() => [TickerUse], {
    description: 'Every issuer whose latest filings give this ticker, the most recent user first (by period of report). More than one means the ticker is ambiguous: tickers pass between companies (GOOG: Google Inc., then Alphabet).',
  })
  async issuersByTicker(@Ctx() ctx: ApiContext, @Arg('ticker', () => String) ticker: string): Promise<TickerUse[]> {
    const found = await issuersByTicker(ctx.store, check(z.string().min(1).max(12), ticker));
    return found.map((u) => ({ issuer: toIssuer(u.issuer), lastReported: u.lastReported }));
  }

  @Query(() => Issuer, { description: 'An issuer by id, CIK or ticker; a ticker names the issuer that used it most recently (see issuersByTicker).' })
  async issuer(
    @Ctx() ctx: ApiContext,
    @Arg('id', () => ID, { nullable: true }) id?: string | null,
    @Arg('cik', () => String, { nullable: true }) cik?: string | null,
    @Arg('ticker', () => String, { nullable: true }) ticker?: string | null,
  ): Promise<Issuer> {
    oneOf({ id, cik, ticker });
    const found = id
      ? await ctx.loaders.issuer.load(keyOfId('Issuer', id))
      : cik
        ? await issuerByCik(ctx.store, check(cikArg, cik))
        : await issuerByTicker(ctx.store, check(z.string().min(1).max(12), ticker));
    if (!found) throw id ? notFound('issuer', 'id', id) : cik ? notFound('issuer', 'CIK', cik) : notFound('issuer', 'ticker', String(ticker));
    return toIssuer(found);
  }

  @Query(() => IssuerConnection)
  async issuers(@Ctx() ctx: ApiContext, @Args() page: PageArgs, @Arg('search', () => String, { nullable: true }) search?: string | null): Promise<Conn<Issuer>> {
    check(z.string().max(200).nullish(), search);
    const w = pageWindow(page);
    return toConnection(await searchIssuers(ctx.store, search, w), toIssuer, () => countIssuers(ctx.store, search));
  }

  @Query(() => Filing, { description: 'A filing by id or accession number.' })
  async filing(
    @Ctx() ctx: ApiContext,
    @Arg('id', () => ID, { nullable: true }) id?: string | null,
    @Arg('accession', () => String, { nullable: true }) accession?: string | null,
  ): Promise<Filing> {
    oneOf({ id, accession });
    const key = id ? keyOfId('Filing', id) : filingKeyOfAccession(check(z.string().regex(/^\d{10}-\d{2}-\d{6}$/, 'expected 0001234567-12-123456'), accession));
    const found = await ctx.loaders.filing.load(key);
    if (!found) throw id ? notFound('filing', 'id', id) : notFound('filing', 'accession number', String(accession));
    return toFiling(found);
  }

  @Query(() => FilingConnection, { description: 'Filings, latest period first.' })
  async filings(@Ctx() ctx: ApiContext, @Args() page: PageArgs, @Arg('filter', () => FilingFilter, { nullable: true }) filter?: FilingFilter | null): Promise<Conn<Filing>> {
    const f = filingQueryFilter(filter);
    const w = pageWindow(page);
    return toConnection(await filings(ctx.store, f, w), toFiling, () => countFilings(ctx.store, f));
  }

  @Query(() => TransactionConnection, { description: 'Transactions of current (not superseded) filings.' })
  async transactions(
    @Ctx() ctx: ApiContext,
    @Args() page: PageArgs,
    @Arg('filter', () => TransactionFilter, { nullable: true }) filter?: TransactionFilter | null,
    @Arg('orderBy', () => TransactionOrderBy, { nullable: true }) orderBy?: TransactionOrderBy | null,
  ): Promise<Conn<ReturnType<typeof toTransaction>>> {
    const f = transactionQueryFilter(filter);
    const w = pageWindow(page);
    return toConnection(await transactions(ctx.store, f, orderBy ?? TransactionOrderBy.DATE_DESC, w), toTransaction, () => countTransactions(ctx.store, f));
  }

  @Query(() => Paths, { description: 'Shortest paths over role relationships from a person to a person or an issuer.' })
  async connection(
    @Ctx() ctx: ApiContext,
    @Arg('from', () => ID) from: string,
    @Arg('to', () => ID) to: string,
    @Arg('maxHops', () => Int, { nullable: true, defaultValue: 4 }) maxHops: number,
    @Arg('limit', () => Int, { nullable: true, defaultValue: 10, description: 'At most this many paths.' }) limit: number,
  ): Promise<Paths> {
    const a = check(
      z.object({
        from: idArg('Person'),
        to: idArg('Person', 'Issuer'),
        maxHops: z.number().int().min(1).max(MAX_CONNECTION_HOPS),
        limit: z.number().int().min(1).max(100),
      }),
      { from, to, maxHops, limit },
    );
    if (a.to.label === 'Person' && a.to.key === a.from.key) throw badInput('from and to are the same person', [{ path: ['to'], message: 'same as from', code: 'custom' }]);
    const [src, dst] = await Promise.all([ctx.loaders.person.load(a.from.key), a.to.label === 'Person' ? ctx.loaders.person.load(a.to.key) : ctx.loaders.issuer.load(a.to.key)]);
    if (!src) throw notFound('person', 'id', from);
    if (!dst) throw notFound(a.to.label.toLowerCase(), 'id', to);
    const paths = await connection(ctx.store, a.from.key, a.to, a.maxHops, a.limit);
    return { hops: paths[0] ? paths[0].edges.length : null, paths: paths.map(toGraphView) };
  }

  @Query(() => GraphView, { description: 'The neighbourhood of a person or issuer over role relationships, for a graph view.' })
  async network(
    @Ctx() ctx: ApiContext,
    @Arg('center', () => ID) center: string,
    @Arg('depth', () => Int, { nullable: true, defaultValue: 2 }) depth: number,
    @Arg('limit', () => Int, { nullable: true, defaultValue: 100, description: 'At most this many nodes besides the centre (≤ 500).' }) limit: number,
  ): Promise<GraphView> {
    const a = check(
      z.object({ center: idArg('Person', 'Issuer'), depth: z.number().int().min(1).max(MAX_NETWORK_DEPTH), limit: z.number().int().min(1).max(500) }),
      { center, depth, limit },
    );
    const view = await network(ctx.store, a.center, a.depth, a.limit);
    if (!view) throw notFound(a.center.label.toLowerCase(), 'id', center);
    return toGraphView(view);
  }

  @Query(() => ClusterBuyConnection, { description: 'Issuers where at least minInsiders people bought in the open market (code P) in the window.' })
  async clusterBuys(
    @Ctx() ctx: ApiContext,
    @Args() page: PageArgs,
    @Arg('from', () => DateScalar, { nullable: true }) from?: string | null,
    @Arg('to', () => DateScalar, { nullable: true }) to?: string | null,
    @Arg('minInsiders', () => Int, { nullable: true, defaultValue: 3 }) minInsiders?: number,
  ): Promise<Conn<ClusterBuy>> {
    const f = check(z.object({ from: isoDateArg.nullish(), to: isoDateArg.nullish(), minInsiders: z.number().int().min(1).max(1000) }), { from, to, minInsiders: minInsiders ?? 3 });
    const filter = { from: f.from ?? null, to: f.to ?? null, minInsiders: f.minInsiders };
    const w = pageWindow(page);
    return toConnection(await clusterBuys(ctx.store, filter, w), (r) => clusterOf(r, filter), () => countClusterBuys(ctx.store, filter));
  }
}

function clusterOf(r: ClusterBuyRecord, window: BuyWindow): ClusterBuy {
  return {
    issuerKey: r.issuerKey,
    from: window.from,
    to: window.to,
    firstInsiderKeys: r.firstInsiderKeys,
    insiderCount: r.insiders,
    buys: r.buys,
    shares: r.shares,
    value: r.value,
    firstDate: r.firstDate,
    lastDate: r.lastDate,
  };
}
