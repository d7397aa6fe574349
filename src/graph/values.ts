/**
 * What a query result holds once engine types are gone: the CLI prints it, GraphQL resolvers return
 * it, tests compare it. Integers stay numbers while exact; past 2^53 they are bigint so no digit is lost.
 */
export type PlainValue =
  | null
  | boolean
  | number
  | bigint
  | string
  | PlainValue[]
  | { [key: string]: PlainValue };

export type Row = Record<string, PlainValue>;

/** Query parameters as callers write them: plain JSON-ish values, dates as ISO strings. */
export type Params = Record<string, unknown>;

/** A bigint that fits a double exactly becomes a number, so both engines give `2`, not `2n`. */
export function narrowBigInt(v: bigint): number | bigint {
  return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
}
