import type * as LanguageSupport from '@neo4j-cypher/language-support';

/** Neo4j's own parser and semantic analysis, loaded on first use: it takes about a second to load. */
let loaded: typeof LanguageSupport | undefined;
function languageSupport(): typeof LanguageSupport {
  // require, not a top-level import: the CLI's other commands should not pay for loading the parser.
  loaded ??= require('@neo4j-cypher/language-support') as typeof LanguageSupport;
  return loaded;
}

export interface CypherProblem {
  severity: 'error' | 'warning';
  message: string;
  offset: number;
}

/**
 * Syntax and semantic problems as Neo4j 5 would report them. "Parameter not defined" is not one: the
 * checker has no parameter values, the query will at run time.
 */
export function checkCypher(query: string): CypherProblem[] {
  const ls = languageSupport();
  const { diagnostics } = ls.lintCypherQuery(query, {});
  return diagnostics
    .map((d) => ({ severity: d.severity === 1 ? ('error' as const) : ('warning' as const), message: messageText(d.message), offset: d.offsets.start }))
    .filter((d) => ls.isNotParamError(d));
}

function messageText(m: string | { value: string }): string {
  return typeof m === 'string' ? m : m.value;
}

/** Clause keywords that change data or schema, as the lexer marks them (so labels and strings don't count). */
const WRITE_KEYWORDS = new Set([
  'CREATE', 'MERGE', 'SET', 'DELETE', 'DETACH', 'REMOVE', 'FOREACH', 'LOAD', 'DROP', 'ALTER', 'GRANT',
  'DENY', 'REVOKE', 'RENAME', 'START', 'STOP', 'TERMINATE', 'ENABLE', 'INSERT', 'TRANSACTIONS',
]);

/** Procedures known to only read; any other procedure might write, so it is refused. */
const READ_PROCEDURES = new Set([
  'db.labels', 'db.relationshiptypes', 'db.propertykeys', 'db.schema.visualization',
  'db.schema.nodetypeproperties', 'db.schema.reltypeproperties', 'dbms.components',
]);

/**
 * Why a query is not read-only, or null when it is. Uses the Neo4j lexer/parser's token kinds, so a
 * label called CREATE or a string "DELETE" is not mistaken for a clause.
 */
export function writeClauseIn(query: string): string | null {
  const tokens = languageSupport().highlightSyntax(query);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (String(t.tokenType) === 'keyword' && WRITE_KEYWORDS.has(t.token.toUpperCase())) {
      return `${t.token.toUpperCase()} changes the graph`;
    }
    if (String(t.tokenType) === 'procedure') {
      const parts: string[] = [];
      let j = i;
      for (; j < tokens.length; j++) {
        const u = tokens[j]!;
        if (String(u.tokenType) === 'procedure') parts.push(u.token);
        else if (u.token !== '.') break;
      }
      const name = parts.join('.');
      if (!READ_PROCEDURES.has(name.toLowerCase())) return `procedure ${name} is not known to be read-only`;
      i = j - 1;
    }
  }
  return null;
}
