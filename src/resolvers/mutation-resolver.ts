import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { z } from 'zod';
import { runCypher } from '../graph/run-cypher';
import { StorageError } from '../graph/storage-errors';
import { GraphStoreError } from '../graph/store';
import { parseInput } from '../ingest/sources';
import { writeBatch } from '../ingest/write-batch';
import { isParseError, MAX_INPUT_BYTES } from '../parser';
import { JSONScalar } from '../schema/scalars';
import { CypherResult, Filing } from '../schema/types';
import { badInput, notFound, tooComplex, unauthenticated, unavailable } from '../server/errors';
import { tokenMatches } from '../server/auth';
import type { ApiContext } from './context';
import { toFiling } from './mappers';
import { check } from './validate';

@Resolver()
export class MutationResolver {
  @Mutation(() => Filing, {
    description: 'Parse one filing (EDGAR XML, submission text or OCR text) and ingest it; an existing filing is left as it is. Needs INSIDER_GRAPH_WRITE_TOKEN as a bearer token.',
  })
  async ingestFiling(@Ctx() ctx: ApiContext, @Arg('document', () => String) document: string, @Arg('filename', () => String, { nullable: true }) filename?: string | null): Promise<Filing> {
    if (!ctx.secrets.writeToken) throw unauthenticated('ingestFiling is off: the server has no INSIDER_GRAPH_WRITE_TOKEN');
    if (!tokenMatches(ctx.token, ctx.secrets.writeToken)) throw unauthenticated('ingestFiling needs the write token as "Authorization: Bearer <token>"');
    check(z.string().max(200).nullish(), filename);
    const bytes = Buffer.from(document, 'utf8');
    if (bytes.length > MAX_INPUT_BYTES) throw badInput(`document is over the ${MAX_INPUT_BYTES} byte limit`, [{ path: ['document'], message: 'too large', code: 'too_big' }]);
    let parsed;
    try {
      parsed = parseInput({ origin: filename ?? 'document', bytes });
    } catch (e) {
      if (isParseError(e)) throw badInput(`not a filing: ${e.message}`, [{ path: ['document'], message: e.message, code: e.code }]);
      throw e;
    }
    try {
      await writeBatch(ctx.store, [parsed]);
    } catch (e) {
      // The cause without the server's paths; the filing is all or nothing, so the client can simply retry.
      if (e instanceof StorageError) throw unavailable(`the graph cannot take writes now: ${e.problem} (${e.errno}); nothing of this filing was written`);
      throw e;
    }
    ctx.names.invalidate();
    ctx.loaders.filing.clear(parsed.key);
    const f = await ctx.loaders.filing.load(parsed.key);
    if (!f) throw notFound('filing', 'key (after ingest)', parsed.key);
    return toFiling(f);
  }

  @Mutation(() => CypherResult, {
    description: 'Read-only ad-hoc Cypher for analysts, under a time limit. Needs INSIDER_GRAPH_CYPHER_TOKEN as a bearer token.',
  })
  async cypher(@Ctx() ctx: ApiContext, @Arg('query', () => String) query: string, @Arg('params', () => JSONScalar, { nullable: true }) params?: unknown): Promise<CypherResult> {
    if (!ctx.secrets.cypherToken) throw unauthenticated('cypher is off: the server has no INSIDER_GRAPH_CYPHER_TOKEN');
    if (!tokenMatches(ctx.token, ctx.secrets.cypherToken)) throw unauthenticated('cypher needs the cypher token as "Authorization: Bearer <token>"');
    const p = check(z.record(z.string(), z.unknown()).nullish(), params) ?? {};
    check(z.string().min(1).max(20_000), query);
    try {
      const result = await runCypher(query, p, { store: ctx.store, timeoutMs: ctx.secrets.cypherTimeoutMs });
      return { columns: result.columns, rows: result.rows.map(jsonSafe) };
    } catch (e) {
      if (e instanceof GraphStoreError) {
        if (e.code === 'READ_ONLY' || e.code === 'ENGINE') throw badInput(e.message, [{ path: ['query'], message: e.message, code: e.code }]);
        if (e.code === 'TIMEOUT') throw tooComplex(e.message);
        if (e.code === 'BUSY') throw unavailable(e.message);
      }
      throw e;
    }
  }
}

/** bigint (integers past 2^53) does not survive JSON.stringify; it goes out as a decimal string. */
function jsonSafe(v: unknown): unknown {
  if (typeof v === 'bigint') return v.toString();
  if (Array.isArray(v)) return v.map(jsonSafe);
  if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, jsonSafe(x)]));
  return v;
}
