import { Args, Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import { isFirstPage } from '../graph/queries/page';
import { toId } from '../schema/ids';
import { PageArgs, type ConnectionShape } from '../schema/pagination';
import {
  ClusterBuy,
  CoInsider,
  Filing,
  Footnote,
  FootnoteConnection,
  Holding,
  Insider,
  Issuer,
  IssuerConnection,
  Option,
  Person,
  PersonConnection,
  PersonIssuer,
  Relationship,
  RelationshipConnection,
  Transaction,
  TransactionConnection,
  type RolesOf,
} from '../schema/types';
import { notFound } from '../server/errors';
import { edgarIndexUrl } from '../schema/edgar-url';
import type { ApiContext } from './context';
import { pageOf, toCountedConnection } from './connection';
import type { Loaders } from './loaders';
import { toFiling, toIssuer, toPerson, toRelationship, toTransaction } from './mappers';
import { pageWindow } from './validate';

/*
 * The links from rows back to the nodes they name, and the lists of rows. All go through the
 * request's loaders, so a page of rows costs one statement per kind of link or list, however long
 * the page. Lists are connections, paged in the store.
 */

async function issuerOf(loaders: Loaders, key: string): Promise<Issuer> {
  const i = await loaders.issuer.load(key);
  if (!i) throw notFound('issuer', 'key', key);
  return toIssuer(i);
}

async function filingOf(loaders: Loaders, key: string): Promise<Filing> {
  const f = await loaders.filing.load(key);
  if (!f) throw notFound('filing', 'key', key);
  return toFiling(f);
}

/** People named by a page of keys, in the page's order (one batched look-up). */
async function peopleOf(loaders: Loaders, keys: string[]): Promise<Person[]> {
  const found = await loaders.person.loadMany(keys);
  return found.map((p, n) => {
    if (!p || p instanceof Error) throw notFound('person', 'key', String(keys[n]));
    return toPerson(p);
  });
}

/** Issuers named by a page of keys, in the page's order (one batched look-up). */
async function issuersOf(loaders: Loaders, keys: string[]): Promise<Issuer[]> {
  return Promise.all(keys.map((k) => issuerOf(loaders, k)));
}

async function ownersOf(ctx: ApiContext, filingKey: string, page: PageArgs): Promise<ConnectionShape<Person>> {
  return toCountedConnection(await ctx.loaders.pages.filingOwners.load({ parent: filingKey, window: pageWindow(page), args: null }), toPerson);
}

async function rowsOf(ctx: ApiContext, f: Filing, kind: 'TRANSACTION' | 'HOLDING', page: PageArgs): Promise<ConnectionShape<Transaction>> {
  return toCountedConnection(await ctx.loaders.pages.filingRows.load({ parent: f.key, window: pageWindow(page), args: kind }), toTransaction);
}

async function relationshipsOf(x: RolesOf, ctx: ApiContext, page: PageArgs): Promise<ConnectionShape<Relationship>> {
  const w = pageWindow(page);
  const found = await pageOf(w, x.firstRoles, () => ctx.loaders.pages.roles.load({ parent: { person: x.personKey, issuer: x.issuerKey }, window: w, args: x.roleFilter }));
  return toCountedConnection(found, toRelationship);
}

const OWNERS = 'The reporting owners of the filing, by name.';
const RELATIONSHIPS = 'The roles (one per role), by role: director, officer, other, ten percent owner.';

@Resolver(() => Filing)
export class FilingResolver {
  @FieldResolver(() => ID)
  id(@Root() f: Filing): string {
    return toId('Filing', f.key);
  }

  @FieldResolver(() => Issuer)
  issuer(@Root() f: Filing, @Ctx() ctx: ApiContext): Promise<Issuer> {
    return issuerOf(ctx.loaders, f.issuerKey);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The filing’s index page on EDGAR, from the issuer’s CIK and the accession number; null without either.' })
  edgarUrl(@Root() f: Filing): string | null {
    return edgarIndexUrl(f.issuerCik, f.accessionNumber);
  }

  @FieldResolver(() => Filing, { nullable: true, description: 'The original this amendment amends (same issuer, form and period, a shared owner); null for an original.' })
  async amends(@Root() f: Filing, @Ctx() ctx: ApiContext): Promise<Filing | null> {
    const [key] = (await ctx.loaders.amendments.load(f.key)).amends;
    return key === undefined ? null : filingOf(ctx.loaders, key);
  }

  @FieldResolver(() => [Filing], { description: 'The amendments of this filing, first signed first; the last one is the version counted (see superseded).' })
  async amendedBy(@Root() f: Filing, @Ctx() ctx: ApiContext): Promise<Filing[]> {
    const { amendedBy } = await ctx.loaders.amendments.load(f.key);
    return Promise.all(amendedBy.map((k) => filingOf(ctx.loaders, k)));
  }

  @FieldResolver(() => PersonConnection, { description: OWNERS })
  reportingOwners(@Root() f: Filing, @Ctx() ctx: ApiContext, @Args() page: PageArgs): Promise<ConnectionShape<Person>> {
    return ownersOf(ctx, f.key, page);
  }

  @FieldResolver(() => TransactionConnection, { description: 'Table I and II transaction rows, in document order.' })
  transactions(@Root() f: Filing, @Ctx() ctx: ApiContext, @Args() page: PageArgs): Promise<ConnectionShape<Transaction>> {
    return rowsOf(ctx, f, 'TRANSACTION', page);
  }

  @FieldResolver(() => TransactionConnection, { description: 'Table I and II rows reporting a balance without a transaction, in document order.' })
  holdingRows(@Root() f: Filing, @Ctx() ctx: ApiContext, @Args() page: PageArgs): Promise<ConnectionShape<Transaction>> {
    return rowsOf(ctx, f, 'HOLDING', page);
  }

  @FieldResolver(() => FootnoteConnection, { description: 'The footnotes the rows refer to, by number (F1, F2, ..., F10).' })
  async footnotes(@Root() f: Filing, @Ctx() ctx: ApiContext, @Args() page: PageArgs): Promise<ConnectionShape<Footnote>> {
    return toCountedConnection(await ctx.loaders.pages.filingFootnotes.load({ parent: f.key, window: pageWindow(page), args: null }), (x) => x);
  }
}

@Resolver(() => Transaction)
export class TransactionResolver {
  @FieldResolver(() => ID)
  id(@Root() t: Transaction): string {
    return toId('Transaction', t.key);
  }

  @FieldResolver(() => Issuer)
  issuer(@Root() t: Transaction, @Ctx() ctx: ApiContext): Promise<Issuer> {
    return issuerOf(ctx.loaders, t.issuerKey);
  }

  @FieldResolver(() => Filing)
  filing(@Root() t: Transaction, @Ctx() ctx: ApiContext): Promise<Filing> {
    return filingOf(ctx.loaders, t.filingKey);
  }

  @FieldResolver(() => PersonConnection, { description: `${OWNERS.replace('.', '')} the row is on.` })
  reportingOwners(@Root() t: Transaction, @Ctx() ctx: ApiContext, @Args() page: PageArgs): Promise<ConnectionShape<Person>> {
    return ownersOf(ctx, t.filingKey, page);
  }

  @FieldResolver(() => FootnoteConnection, { description: 'The footnotes the row refers to, in the order it cites them.' })
  async footnotes(@Root() t: Transaction, @Ctx() ctx: ApiContext, @Args() page: PageArgs): Promise<ConnectionShape<Footnote>> {
    const w = pageWindow(page);
    const found = await pageOf(w, t.firstFootnotes, () => ctx.loaders.pages.rowFootnotes.load({ parent: { filing: t.filingKey, row: t.key }, window: w, args: null }));
    return toCountedConnection(found, (x) => x);
  }
}

@Resolver(() => Option)
export class OptionResolver {
  @FieldResolver(() => ID, { description: 'One per holding line (security, ownership form, nature).' })
  id(@Root() o: Option): string {
    return toId('Option', o.lineKey);
  }

  @FieldResolver(() => Issuer)
  issuer(@Root() o: Option, @Ctx() ctx: ApiContext): Promise<Issuer> {
    return issuerOf(ctx.loaders, o.issuerKey);
  }
}

@Resolver(() => Holding)
export class HoldingResolver {
  @FieldResolver(() => Issuer)
  issuer(@Root() h: Holding, @Ctx() ctx: ApiContext): Promise<Issuer> {
    return issuerOf(ctx.loaders, h.issuerKey);
  }
}

@Resolver(() => PersonIssuer)
export class PersonIssuerResolver {
  @FieldResolver(() => Issuer)
  issuer(@Root() pi: PersonIssuer, @Ctx() ctx: ApiContext): Promise<Issuer> {
    return issuerOf(ctx.loaders, pi.issuerKey);
  }

  @FieldResolver(() => RelationshipConnection, { description: RELATIONSHIPS })
  relationships(@Root() pi: PersonIssuer, @Ctx() ctx: ApiContext, @Args() page: PageArgs): Promise<ConnectionShape<Relationship>> {
    return relationshipsOf(pi, ctx, page);
  }
}

@Resolver(() => Insider)
export class InsiderResolver {
  @FieldResolver(() => RelationshipConnection, { description: `${RELATIONSHIPS} Only those the insiders' role and asOf keep.` })
  relationships(@Root() x: Insider, @Ctx() ctx: ApiContext, @Args() page: PageArgs): Promise<ConnectionShape<Relationship>> {
    return relationshipsOf(x, ctx, page);
  }
}

@Resolver(() => CoInsider)
export class CoInsiderResolver {
  @FieldResolver(() => IssuerConnection, { description: 'The issuers both have a role at, by name.' })
  async sharedIssuers(@Root() c: CoInsider, @Ctx() ctx: ApiContext, @Args() page: PageArgs): Promise<ConnectionShape<Issuer>> {
    const w = pageWindow(page);
    // The co-insiders statement brought the first page of shared issuers' keys; others come from the loader.
    if (isFirstPage(w)) return toCountedConnection({ ...c.firstSharedKeys, items: await issuersOf(ctx.loaders, c.firstSharedKeys.items) }, (x) => x);
    return toCountedConnection(await ctx.loaders.pages.sharedIssuers.load({ parent: { person: c.centerKey, other: c.person.key }, window: w, args: null }), toIssuer);
  }
}

@Resolver(() => ClusterBuy)
export class ClusterBuyResolver {
  @FieldResolver(() => Issuer)
  issuer(@Root() c: ClusterBuy, @Ctx() ctx: ApiContext): Promise<Issuer> {
    return issuerOf(ctx.loaders, c.issuerKey);
  }

  @FieldResolver(() => PersonConnection, { description: 'The people who bought, by name.' })
  async insiders(@Root() c: ClusterBuy, @Ctx() ctx: ApiContext, @Args() page: PageArgs): Promise<ConnectionShape<Person>> {
    const w = pageWindow(page);
    // The cluster statement brought the first page of buyers' keys; others come from the loader.
    if (isFirstPage(w)) return toCountedConnection({ ...c.firstInsiderKeys, items: await peopleOf(ctx.loaders, c.firstInsiderKeys.items) }, (x) => x);
    return toCountedConnection(await ctx.loaders.pages.clusterInsiders.load({ parent: c.issuerKey, window: w, args: { from: c.from, to: c.to } }), toPerson);
  }
}
