/**
 * The statements ingest sends, one transaction per batch. Rows arrive de-duplicated per key from
 * src/ingest/plan.ts: within one UNWIND a row must not read what an earlier row of the same
 * statement wrote, because Neo4j may plan an Eager between them.
 */

export const ROLE_TYPES = ['OFFICER_OF', 'DIRECTOR_OF', 'TEN_PERCENT_OWNER_OF', 'OTHER_RELATION_TO'] as const;
export type RoleType = (typeof ROLE_TYPES)[number];

/** The one descriptive property of a role: an officer's title, an "other" relation's text. */
export const ROLE_TEXT_PROPERTY: Record<RoleType, string> = {
  OFFICER_OF: 'title',
  DIRECTOR_OF: 'text',
  TEN_PERCENT_OWNER_OF: 'text',
  OTHER_RELATION_TO: 'text',
};

/** Which of a batch's filings are already in the graph: those are skipped, so ingest twice == once. */
export const EXISTING_FILINGS = `
UNWIND $keys AS k
MATCH (f:Filing {key: k})
RETURN f.key AS key`;

/** Filings already in the graph with the same ownership document (src/ingest/keys.ts documentHash), whatever their key. */
export const FILINGS_BY_DOCUMENT = `
UNWIND $hashes AS h
MATCH (f:Filing {docHash: h})
RETURN h AS docHash, f.key AS key`;

/**
 * A key-less filing (sha:) that a filing with an accession number adopts: its rows and itself go, and
 * the same document is written again under the accession number. Rows first, in their own
 * statement: Grafeo 0.6 refuses DELETE of the null an OPTIONAL MATCH gives a filing without rows.
 */
export const DELETE_ADOPTED_ROWS = `
UNWIND $keys AS k
MATCH (:Filing {key: k})-[:REPORTS]->(t)
DETACH DELETE t`;

export const DELETE_ADOPTED_FILINGS = `
UNWIND $keys AS k
MATCH (f:Filing {key: k})
DETACH DELETE f`;

/** CIK-less issuers: an issuer already known by the same normalised name, CIK holders first. */
export const FIND_ISSUERS_BY_NAME = `
UNWIND $rows AS r
MATCH (i:Issuer {normName: r.normName})
RETURN r.normName AS normName, i.key AS key, i.cik AS cik
ORDER BY normName, cik IS NULL, key`;

/** CIK-less owners: a CIK-holding person of the same normalised name who filed about the same issuer. */
export const FIND_PERSONS_BY_NAME = `
UNWIND $rows AS r
MATCH (p:Person {normName: r.normName})-[:FILED]->(:Filing)-[:ABOUT]->(i:Issuer {key: r.issuerKey})
WHERE p.cik IS NOT NULL
RETURN DISTINCT r.normName AS normName, r.issuerKey AS issuerKey, p.key AS key
ORDER BY normName, issuerKey, key`;

/** Everyone who filed about these issuers: the candidates for a name spelled another way (src/ingest/names.ts namesCompatible). */
export const FIND_PEOPLE_AT_ISSUERS = `
UNWIND $issuerKeys AS k
MATCH (p:Person)-[:FILED]->(:Filing)-[:ABOUT]->(:Issuer {key: k})
RETURN DISTINCT k AS issuerKey, p.key AS key, p.normName AS normName, p.cik AS cik
ORDER BY issuerKey, key`;

/** Name-only people of these issuers (by their atIssuer, indexed): what a CIK holder spelled another way may absorb. */
export const FIND_NAME_ONLY_AT_ISSUERS = `
UNWIND $issuerKeys AS k
MATCH (p:Person {atIssuer: k})
WHERE p.cik IS NULL
RETURN k AS issuerKey, p.key AS key, p.normName AS normName
ORDER BY issuerKey, key`;

/** Name-only people that a CIK-holding owner of this batch absorbs (same name, same issuer). */
export const FIND_NAME_ONLY_PERSONS = `
UNWIND $keys AS k
MATCH (p:Person {key: k})
WHERE p.cik IS NULL
RETURN p.key AS key`;

/**
 * A node's name (and an issuer's ticker) come from the filing ranked highest by src/ingest/plan.ts's
 * NameRank, whichever batch it arrives in. Setting a property on an existing node is costly in
 * Grafeo, so only rows that outrank the node set anything. A node written before ranks existed has
 * none and takes the next row's.
 */
export const MERGE_ISSUERS = `
UNWIND $rows AS r
MERGE (i:Issuer {key: r.key})
ON CREATE SET i += {cik: r.cik, name: r.name, normName: r.normName, ticker: r.ticker, nameRank: r.nameRank, tickerRank: r.tickerRank}
WITH i, r, (i.nameRank IS NULL OR r.nameRank > i.nameRank) AS renamed,
     (r.tickerRank IS NOT NULL AND (i.tickerRank IS NULL OR r.tickerRank > i.tickerRank)) AS reticked
WHERE renamed OR reticked
SET i.cik = coalesce(i.cik, r.cik),
    i.name = CASE WHEN renamed THEN r.name ELSE i.name END,
    i.normName = CASE WHEN renamed THEN r.normName ELSE i.normName END,
    i.nameRank = CASE WHEN renamed THEN r.nameRank ELSE i.nameRank END,
    i.ticker = CASE WHEN reticked THEN r.ticker ELSE i.ticker END,
    i.tickerRank = CASE WHEN reticked THEN r.tickerRank ELSE i.tickerRank END`;

export const MERGE_PERSONS = `
UNWIND $rows AS r
MERGE (p:Person {key: r.key})
ON CREATE SET p += {cik: r.cik, name: r.name, normName: r.normName, nameRank: r.nameRank, atIssuer: r.atIssuer}
WITH p, r
WHERE p.nameRank IS NULL OR r.nameRank > p.nameRank
SET p.cik = coalesce(p.cik, r.cik), p.name = r.name, p.normName = r.normName, p.nameRank = r.nameRank`;

/** Every property of a Filing besides its key and dates, as src/ingest/plan.ts sends them in `props`. */
export const FILING_PROPERTIES = [
  'formType', 'baseForm', 'amendGroup', 'isAmendment', 'accessionNumber', 'sha256', 'docHash', 'issuerTicker', 'sourceFormat',
  'notSubjectToSection16', 'aff10b5One', 'acceptedAt', 'remarks',
] as const;

/**
 * Owners of new filings. CREATE, not MERGE: the filing is new in this transaction, so it has no FILED
 * yet, and src/ingest/plan.ts sends each (owner, filing) once; a MERGE would check every filing the
 * owner already has.
 */
export const CREATE_FILED = `
UNWIND $rows AS r
MATCH (p:Person {key: r.personKey})
MATCH (f:Filing {key: r.filingKey})
CREATE (p)-[:FILED]->(f)`;

/** Every property a Table I/II row node may have besides its key and dates, as src/ingest/plan.ts sends them in `props`. */
export const TABLE_ROW_PROPERTIES = [
  'seq', 'table', 'derivative', 'security', 'code', 'shares', 'price', 'acquiredDisposed', 'equitySwap', 'timeliness',
  'sharesAfter', 'ownership', 'nature', 'footnoteIds', 'footnotes', 'holdingGroup', 'orderKey',
  'conversionPrice', 'underlyingTitle', 'underlyingShares', 'optionTerms',
  'byDirector', 'byOfficer', 'byTenPercentOwner', 'byOther', 'officerTitle', 'filingLag', 'lateFiling', 'plan10b5One', 'plan10b5OneSource',
] as const;

const tableRow = (label: 'Transaction' | 'Holding'): string =>
  `(t:${label} {key: x.key, date: date(x.date), deemedDate: date(x.deemedDate), exerciseDate: date(x.exerciseDate), expirationDate: date(x.expirationDate), ${TABLE_ROW_PROPERTIES.map((p) => `${p}: x.props.${p}`).join(', ')}})`;

/**
 * New filings only (EXISTING_FILINGS filtered the rest); the key constraint guards a concurrent writer.
 * Properties are written in the CREATE pattern, not by a `SET n += map` after it: Grafeo 0.6 creates
 * a node with its properties for less than it sets them afterwards. An absent (null) value writes no
 * property, on both engines.
 */
export const CREATE_FILINGS = `
UNWIND $rows AS r
MATCH (i:Issuer {key: r.issuerKey})
CREATE (f:Filing {key: r.key, period: date(r.period), signatureDate: date(r.signatureDate), dateOfOriginalSubmission: date(r.dateOfOriginalSubmission), filingDate: date(r.filingDate), superseded: false,
  ${FILING_PROPERTIES.map((p) => `${p}: r.props.${p}`).join(', ')}})-[:ABOUT]->(i)`;

/**
 * Table rows of new filings, nested per filing: the filing and its issuer are found once for all
 * its rows. CREATE, not MERGE: a filing's rows are written only in the transaction that creates the
 * filing (EXISTING_FILINGS filters the others out), and the key constraint guards it.
 */
function createRows(label: 'Transaction' | 'Holding'): string {
  return `
UNWIND $rows AS r
MATCH (f:Filing {key: r.filingKey})-[:ABOUT]->(i:Issuer)
UNWIND r.rows AS x
CREATE (f)-[:REPORTS]->${tableRow(label)}-[:OF_ISSUER]->(i)`;
}
export const CREATE_TRANSACTIONS = createRows('Transaction');
export const CREATE_HOLDING_ROWS = createRows('Holding');

/** First and last dates a relationship was seen; the title/text is the one seen last. */
function mergeRole(type: RoleType): string {
  const prop = ROLE_TEXT_PROPERTY[type];
  return `
UNWIND $rows AS r
MATCH (p:Person {key: r.personKey})
MATCH (i:Issuer {key: r.issuerKey})
MERGE (p)-[x:${type}]->(i)
WITH x, r, date(r.first) AS first, date(r.last) AS last, x.since AS since, x.until AS until, x.${prop} AS text
WHERE since IS NULL OR first < since OR last >= until
SET x += {since: CASE WHEN since IS NULL OR first < since THEN first ELSE since END,
          until: CASE WHEN until IS NULL OR last > until THEN last ELSE until END,
          ${prop}: CASE WHEN until IS NULL OR last >= until THEN r.text ELSE text END}`;
}
export const MERGE_ROLE: Record<RoleType, string> = Object.fromEntries(ROLE_TYPES.map((t) => [t, mergeRole(t)])) as Record<RoleType, string>;

/**
 * Moves roles from one end to another, widening the date span: `x` the old relationship, `y` the one
 * MERGEd on the new end, bound by the two MATCH lines given.
 */
function moveRoleStatement(type: RoleType, matchOld: string, mergeNew: string): string {
  const prop = ROLE_TEXT_PROPERTY[type];
  return `
UNWIND $rows AS r
${matchOld}
${mergeNew}
WITH x, y, x.since AS s1, x.until AS u1, x.${prop} AS t1, y.since AS s0, y.until AS u0, y.${prop} AS t0
SET y.since = CASE WHEN s0 IS NULL OR s1 < s0 THEN s1 ELSE s0 END,
    y.until = CASE WHEN u0 IS NULL OR u1 > u0 THEN u1 ELSE u0 END,
    y.${prop} = CASE WHEN u0 IS NULL OR u1 >= u0 THEN t1 ELSE t0 END
DELETE x`;
}

/** A name-only person's roles onto the CIK holder it turned out to be. */
const moveRole = (type: RoleType): string =>
  moveRoleStatement(type, `MATCH (old:Person {key: r.fromKey})-[x:${type}]->(i:Issuer)\nMATCH (new:Person {key: r.toKey})`, `MERGE (new)-[y:${type}]->(i)`);
export const MOVE_ROLE: Record<RoleType, string> = Object.fromEntries(ROLE_TYPES.map((t) => [t, moveRole(t)])) as Record<RoleType, string>;

/**
 * A name-only issuer absorbed by the CIK holder of its name (src/ingest/resolve.ts decides when that
 * is unambiguous): the target first (it may be new in this batch; MERGE_ISSUERS names it after), then
 * its filings, rows and roles move, its derived holdings and options go (rebuilt), its name-only
 * people are re-keyed to the target (their key names the issuer), and it is deleted.
 */
export const ENSURE_ISSUER_TARGETS = `
UNWIND $rows AS r
MERGE (n:Issuer {key: r.toKey})
ON CREATE SET n += {cik: r.cik, name: r.name, normName: r.normName}`;

export const MOVE_ISSUER_FILINGS = `
UNWIND $rows AS r
MATCH (f:Filing)-[x:ABOUT]->(:Issuer {key: r.fromKey})
MATCH (n:Issuer {key: r.toKey})
CREATE (f)-[:ABOUT]->(n)
SET f.amendGroup = r.toKey + substring(f.amendGroup, size(r.fromKey))
DELETE x`;

export const MOVE_ISSUER_ROWS = `
UNWIND $rows AS r
MATCH (t)-[x:OF_ISSUER]->(:Issuer {key: r.fromKey})
MATCH (n:Issuer {key: r.toKey})
CREATE (t)-[:OF_ISSUER]->(n)
DELETE x`;

/** An absorbed issuer's roles onto the CIK holder. */
const moveIssuerRole = (type: RoleType): string =>
  moveRoleStatement(type, `MATCH (p:Person)-[x:${type}]->(:Issuer {key: r.fromKey})\nMATCH (n:Issuer {key: r.toKey})`, `MERGE (p)-[y:${type}]->(n)`);
export const MOVE_ISSUER_ROLE: Record<RoleType, string> = Object.fromEntries(ROLE_TYPES.map((t) => [t, moveIssuerRole(t)])) as Record<RoleType, string>;

export const DELETE_ISSUER_HOLDINGS = `
UNWIND $rows AS r
MATCH (:Person)-[h:HOLDS]->(:Issuer {key: r.fromKey})
DELETE h`;

export const DELETE_ISSUER_OPTIONS = `
UNWIND $rows AS r
MATCH (o:Option {issuerKey: r.fromKey})
DETACH DELETE o`;

/** Name-only people are keyed "name:<name>@<issuer key>": the absorbed issuer's become the target's. */
export const REKEY_ISSUER_PEOPLE = `
UNWIND $rows AS r
MATCH (p:Person)
WHERE p.cik IS NULL AND p.key ENDS WITH '@' + r.fromKey
SET p.key = substring(p.key, 0, size(p.key) - size(r.fromKey)) + r.toKey, p.atIssuer = r.toKey`;

export const DELETE_ABSORBED_ISSUERS = `
UNWIND $rows AS r
MATCH (i:Issuer {key: r.fromKey})
DETACH DELETE i`;

/** Everyone who filed about these issuers, as (person, issuer) pairs whose holdings to rebuild. */
export const PAIRS_OF_ISSUERS = `
UNWIND $keys AS k
MATCH (p:Person)-[:FILED]->(:Filing)-[:ABOUT]->(i:Issuer {key: k})
RETURN DISTINCT p.key AS personKey, i.key AS issuerKey`;

export const MOVE_FILED = `
UNWIND $rows AS r
MATCH (old:Person {key: r.fromKey})-[x:FILED]->(f:Filing)
MATCH (new:Person {key: r.toKey})
MERGE (new)-[:FILED]->(f)
DELETE x`;

/** After its relationships moved: the name-only person and the options derived for it go. */
export const DELETE_MERGED_PERSONS = `
UNWIND $rows AS r
MATCH (old:Person {key: r.fromKey})
OPTIONAL MATCH (old)-[:HOLDS]->(o:Option)
DETACH DELETE o, old`;

/** Every issuer a person filed about: the holdings to recompute after a merge. */
export const ISSUERS_OF_PERSONS = `
UNWIND $keys AS k
MATCH (p:Person {key: k})-[:FILED]->(:Filing)-[:ABOUT]->(i:Issuer)
RETURN DISTINCT p.key AS personKey, i.key AS issuerKey`;

/**
 * Amendments and originals meet in an amendGroup (issuer, base form, period), looked up by value
 * from the parameters so the index is used. Returns the other side with its owners and dates; which
 * pairs really amend (a shared owner, dates that fit) is decided in src/ingest/amendments.ts.
 */
export const FIND_AMENDMENT_COUNTERPARTS = `
UNWIND $rows AS r
MATCH (m:Filing {amendGroup: r.amendGroup})
WHERE m.isAmendment <> r.isAmendment
MATCH (m)<-[:FILED]-(p:Person)
RETURN r.key AS key, m.key AS other, m.isAmendment AS otherIsAmendment, toString(m.signatureDate) AS otherSigned,
       toString(m.dateOfOriginalSubmission) AS otherOriginalDate, collect(p.key) AS otherOwners`;

export const LINK_AMENDMENTS = `
UNWIND $rows AS r
MATCH (a:Filing {key: r.amendment})
MATCH (o:Filing {key: r.original})
MERGE (a)-[:AMENDS]->(o)`;

/** Of an original and its amendments, only the latest-signed amendment counts; the rest are superseded. */
export const MARK_SUPERSEDED = `
UNWIND $keys AS k
MATCH (o:Filing {key: k})
OPTIONAL MATCH (a:Filing)-[:AMENDS]->(o)
WITH o, a ORDER BY a.signatureDate, a.key
WITH o, collect(a) AS amendments
SET o.superseded = size(amendments) > 0
WITH amendments
UNWIND range(0, size(amendments) - 1) AS idx
WITH amendments[idx] AS a, idx = size(amendments) - 1 AS latest
SET a.superseded = NOT latest`;

/** People and issuers whose filings include these: their holdings need recomputing. */
export const PAIRS_OF_FILINGS = `
UNWIND $keys AS k
MATCH (p:Person)-[:FILED]->(f:Filing {key: k})-[:ABOUT]->(i:Issuer)
RETURN DISTINCT p.key AS personKey, i.key AS issuerKey`;

/** Holdings are derived from the current rows, so they are dropped and rebuilt for the pairs touched. */
export const DELETE_HOLDINGS = `
UNWIND $pairs AS pr
MATCH (:Person {key: pr.personKey})-[h:HOLDS]->(:Issuer {key: pr.issuerKey})
DELETE h`;

/** In its own statement: Grafeo 0.6 refuses DELETE of a null that an OPTIONAL MATCH gives. */
export const DELETE_OPTION_HOLDINGS = `
UNWIND $pairs AS pr
MATCH (:Person {key: pr.personKey})-[h:HOLDS]->(:Option {issuerKey: pr.issuerKey})
DELETE h`;

/** Options are rebuilt from scratch only where rows stopped counting (amendments) or owners merged. */
export const DELETE_OPTIONS = `
UNWIND $pairs AS pr
MATCH (:Person {key: pr.personKey})-[:HOLDS]->(o:Option {issuerKey: pr.issuerKey})
DETACH DELETE o`;

/**
 * HOLDS per (person, issuer, security, ownership form, nature): the row that sorts last by
 * orderKey (transaction date, then filing, then document order) among filings not superseded.
 */
export const BUILD_HOLDINGS = `
UNWIND $pairs AS pr
MATCH (p:Person {key: pr.personKey})-[:FILED]->(f:Filing {superseded: false})-[:ABOUT]->(i:Issuer {key: pr.issuerKey})
MATCH (f)-[:REPORTS]->(t)
WHERE t.derivative = false AND t.sharesAfter IS NOT NULL
WITH p, i, t ORDER BY t.orderKey
WITH p, i, t.holdingGroup AS grp, collect(t) AS rows
WITH p, i, rows[-1] AS last
CREATE (p)-[:HOLDS {security: last.security, ownership: last.ownership, nature: last.nature, shares: last.sharesAfter, asOf: last.date}]->(i)`;

/**
 * One Option per (person, issuer, derivative terms), all three in its key (src/ingest/keys.ts optionKey
 * builds the same string in JS): the same terms at two issuers (a company and its successor, say) are
 * two options. Its properties are the security's terms, from its latest row, whichever batch that
 * arrived in; no amount underlying it (a Form 4 row's column 7 is the amount of that row's
 * transaction, not of what is held). MERGEd so it survives rebuilds (and keeps its EXERCISES).
 *
 * Then its HOLDS (dropped by DELETE_OPTION_HOLDINGS first), one per holding line as for
 * non-derivative securities: (person, issuer, security and its terms, direct/indirect, nature of
 * ownership), from the line's latest row with a balance (the largest orderKey, picked with reduce so
 * no order of collect is relied on). The underlying amount goes on the line only when that row is a
 * holdings row, the one place a report states it for what is held. One statement, so the rows of a
 * (person, issuer) are read once for both.
 */
export const BUILD_OPTIONS = `
UNWIND $pairs AS pr
MATCH (p:Person {key: pr.personKey})-[:FILED]->(f:Filing {superseded: false})-[:ABOUT]->(i:Issuer {key: pr.issuerKey})
MATCH (f)-[:REPORTS]->(t)
WHERE t.derivative = true
WITH p, i, t ORDER BY t.orderKey
WITH p, i, t.optionTerms AS terms, collect(t) AS rows
WITH p, i, terms, rows[-1] AS last, [x IN rows WHERE x.sharesAfter IS NOT NULL] AS balances
MERGE (o:Option {key: p.key + '#' + i.key + '#' + terms})
SET o += {personKey: p.key, issuerKey: i.key, title: last.security, exercisePrice: last.conversionPrice,
          exerciseDate: last.exerciseDate, expirationDate: last.expirationDate, underlyingTitle: last.underlyingTitle}
WITH p, o, balances
UNWIND balances AS b
WITH p, o, b.holdingGroup AS grp, collect(b) AS lineRows
WITH p, o, reduce(m = head(lineRows), x IN lineRows | CASE WHEN x.orderKey > m.orderKey THEN x ELSE m END) AS bal
CREATE (p)-[:HOLDS {ownership: bal.ownership, nature: bal.nature, shares: bal.sharesAfter, asOf: bal.date,
                    underlyingShares: CASE WHEN bal:Holding THEN bal.underlyingShares ELSE null END}]->(o)`;

/** Exercises and conversions (M, X, C rows of Table II) of new filings point at the option they used. */
export const LINK_NEW_EXERCISES = `
UNWIND $rows AS r
MATCH (t:Transaction {key: r.transactionKey})
MATCH (o:Option {key: r.optionKey})
MERGE (t)-[:EXERCISES]->(o)`;

/** The same for every exercise of a (person, issuer), after its options were rebuilt from scratch. */
export const LINK_EXERCISES = `
UNWIND $pairs AS pr
MATCH (p:Person {key: pr.personKey})-[:FILED]->(f:Filing {superseded: false})-[:ABOUT]->(:Issuer {key: pr.issuerKey})
MATCH (f)-[:REPORTS]->(t:Transaction)
WHERE t.derivative = true AND t.code IN ['M', 'X', 'C']
MATCH (o:Option {key: p.key + '#' + pr.issuerKey + '#' + t.optionTerms})
MERGE (t)-[:EXERCISES]->(o)`;
