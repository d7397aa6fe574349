import { ArgsType, Field } from 'type-graphql';
import { z } from 'zod';
import type { HoldingsFilter } from '../graph/queries/holdings';
import { DateScalar } from '../schema/scalars';
import { TRANSACTION_CODES } from '../parser/model';
import { fromId, type IdLabel } from '../schema/ids';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../schema/pagination';
import { badInputFromZod, notFound } from '../server/errors';
import type { PageWindow } from '../graph/queries/page';

/** Arguments through zod: a failure becomes BAD_USER_INPUT carrying zod's issue list. */
export function check<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const r = schema.safeParse(value);
  if (!r.success) throw badInputFromZod(r.error);
  return r.data;
}

export const isoDateArg = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
export const cikArg = z.string().regex(/^\d{1,10}$/, 'expected up to ten digits').transform((s) => s.padStart(10, '0'));
export const codesArg = z.array(z.enum(TRANSACTION_CODES));

/** An id of the given label(s), to its graph key. */
export function idArg<L extends IdLabel>(...labels: L[]) {
  return z.string().transform((s, ctx) => {
    const parsed = fromId(s);
    if (!parsed || !(labels as IdLabel[]).includes(parsed.label)) {
      ctx.addIssue({ code: 'custom', message: `expected an id of a ${labels.join(' or ')}` });
      return z.NEVER;
    }
    return parsed as { label: L; key: string };
  });
}

/**
 * The graph key of an id given to a look-up: an id that is no id at all ("nope") names nothing, so
 * NOT_FOUND ("no person with id nope"); an id of another kind is the client's mistake, BAD_USER_INPUT.
 */
export function keyOfId(label: IdLabel, id: string): string {
  if (!fromId(id)) throw notFound(label.toLowerCase(), 'id', id);
  return check(idArg(label), id).key;
}

const cursorArg = z.string().transform((s, ctx) => {
  const m = /^o:(\d+)$/.exec(Buffer.from(s, 'base64url').toString('utf8'));
  if (!m) {
    ctx.addIssue({ code: 'custom', message: 'not a cursor this API gave out' });
    return z.NEVER;
  }
  return Number(m[1]);
});

export const pageArgs = z
  .object({
    first: z.number().int().min(0).max(MAX_PAGE_SIZE).nullish(),
    after: cursorArg.nullish(),
    last: z.number().int().min(0).max(MAX_PAGE_SIZE).nullish(),
    before: cursorArg.nullish(),
  })
  .superRefine((p, ctx) => {
    const has = (v: unknown): boolean => v !== null && v !== undefined;
    if ((has(p.last) || has(p.before)) && (has(p.first) || has(p.after))) ctx.addIssue({ code: 'custom', path: ['last'], message: 'page forwards (first/after) or backwards (last/before), not both' });
    // An offset-cursor list pages backwards from a cursor; the end of a list is only known by counting it.
    if (has(p.last) && !has(p.before)) ctx.addIssue({ code: 'custom', path: ['before'], message: 'last needs before: the startCursor of the page after the one wanted' });
  });

/** Cursors are opaque offsets: the position of the edge in the ordered result. */
export function cursorOf(offset: number): string {
  return Buffer.from(`o:${offset}`, 'utf8').toString('base64url');
}

export function pageWindow(args: { first?: number | null; after?: string | null; last?: number | null; before?: string | null }): PageWindow {
  const p = check(pageArgs, { first: args.first, after: args.after, last: args.last, before: args.before });
  if (p.before !== null && p.before !== undefined) {
    const skip = Math.max(0, p.before - (p.last ?? DEFAULT_PAGE_SIZE));
    return { skip, limit: p.before - skip };
  }
  return { skip: p.after === null || p.after === undefined ? 0 : p.after + 1, limit: p.first ?? DEFAULT_PAGE_SIZE };
}

@ArgsType()
export class HoldingLineArgs {
  @Field({ nullable: true, defaultValue: false, description: 'Also the closed lines: at zero shares, or (derivatives) expired.' })
  includeClosed?: boolean;

  @Field(() => DateScalar, { nullable: true, description: 'The day a derivative counts as expired after (default: today, UTC).' })
  asOf?: string | null;
}

export function holdingsFilter(a: HoldingLineArgs): HoldingsFilter {
  return { includeClosed: a.includeClosed ?? false, asOf: check(isoDateArg.nullish(), a.asOf) ?? new Date().toISOString().slice(0, 10) };
}
