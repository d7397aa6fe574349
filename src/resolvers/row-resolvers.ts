import { Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import { toId } from '../schema/ids';
import { ClusterBuy, CoInsider, Filing, Footnote, Holding, Issuer, Option, Person, PersonIssuer, Transaction } from '../schema/types';
import { notFound } from '../server/errors';
import type { ApiContext } from './context';
import type { Loaders } from './loaders';
import type { PersonRecord } from '../graph/queries/persons';
import { toFiling, toIssuer, toPerson, toTransaction } from './mappers';

/*
 * The links from rows back to the nodes they name. All go through the request's loaders, so a page
 * of rows costs one statement per kind of link, however long the page.
 */

async function issuerOf(loaders: Loaders, key: string): Promise<Issuer> {
  const i = await loaders.issuer.load(key);
  if (!i) throw notFound(`issuer ${key}`);
  return toIssuer(i);
}

async function peopleOf(loaders: Loaders, keys: string[]): Promise<Person[]> {
  const found = await loaders.person.loadMany(keys);
  return found.filter((p): p is PersonRecord => p !== null && !(p instanceof Error)).map(toPerson);
}

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

  @FieldResolver(() => [Person])
  async reportingOwners(@Root() f: Filing, @Ctx() ctx: ApiContext): Promise<Person[]> {
    return peopleOf(ctx.loaders, await ctx.loaders.filingOwners.load(f.key));
  }

  @FieldResolver(() => [Transaction], { description: 'Table I and II transaction rows, in document order.' })
  async transactions(@Root() f: Filing, @Ctx() ctx: ApiContext): Promise<Transaction[]> {
    return (await ctx.loaders.filingRows.load(f.key)).filter((r) => r.kind === 'TRANSACTION').map(toTransaction);
  }

  @FieldResolver(() => [Transaction], { description: 'Table I and II rows reporting a balance without a transaction.' })
  async holdingRows(@Root() f: Filing, @Ctx() ctx: ApiContext): Promise<Transaction[]> {
    return (await ctx.loaders.filingRows.load(f.key)).filter((r) => r.kind === 'HOLDING').map(toTransaction);
  }

  @FieldResolver(() => [Footnote], { description: 'The footnotes the rows refer to.' })
  async footnotes(@Root() f: Filing, @Ctx() ctx: ApiContext): Promise<Footnote[]> {
    const seen = new Map<string, string>();
    for (const r of await ctx.loaders.filingRows.load(f.key)) r.footnoteIds.forEach((id, i) => seen.set(id, r.footnoteTexts[i] ?? ''));
    return [...seen].sort(([a], [b]) => Number(a.slice(1)) - Number(b.slice(1))).map(([id, text]) => ({ id, text }));
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
  async filing(@Root() t: Transaction, @Ctx() ctx: ApiContext): Promise<Filing> {
    const f = await ctx.loaders.filing.load(t.filingKey);
    if (!f) throw notFound(`filing ${t.filingKey}`);
    return toFiling(f);
  }

  @FieldResolver(() => [Person], { description: 'The reporting owners of the filing the row is on.' })
  async reportingOwners(@Root() t: Transaction, @Ctx() ctx: ApiContext): Promise<Person[]> {
    return peopleOf(ctx.loaders, await ctx.loaders.filingOwners.load(t.filingKey));
  }
}

@Resolver(() => Option)
export class OptionResolver {
  @FieldResolver(() => ID)
  id(@Root() o: Option): string {
    return toId('Option', o.key);
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
}

@Resolver(() => CoInsider)
export class CoInsiderResolver {
  @FieldResolver(() => [Issuer], { description: 'The issuers both have a role at.' })
  async sharedIssuers(@Root() c: CoInsider, @Ctx() ctx: ApiContext): Promise<Issuer[]> {
    return Promise.all(c.sharedIssuerKeys.map((k) => issuerOf(ctx.loaders, k)));
  }
}

@Resolver(() => ClusterBuy)
export class ClusterBuyResolver {
  @FieldResolver(() => Issuer)
  issuer(@Root() c: ClusterBuy, @Ctx() ctx: ApiContext): Promise<Issuer> {
    return issuerOf(ctx.loaders, c.issuerKey);
  }

  @FieldResolver(() => [Person])
  insiders(@Root() c: ClusterBuy, @Ctx() ctx: ApiContext): Promise<Person[]> {
    return peopleOf(ctx.loaders, c.insiderKeys);
  }
}
