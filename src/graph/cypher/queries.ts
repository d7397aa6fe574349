/**
 * Read queries for the API layers and the tests. Amendment-aware: a superseded filing and its rows
 * are kept in the graph but not counted (`superseded: false`).
 */

export const GRAPH_COUNTS = `
MATCH (n)
RETURN labels(n)[0] AS label, count(n) AS n
ORDER BY label`;

export const RELATIONSHIP_COUNTS = `
MATCH ()-[r]->()
RETURN type(r) AS type, count(r) AS n
ORDER BY type`;

export const COUNT_CURRENT_TRANSACTIONS = `
MATCH (:Filing {superseded: false})-[:REPORTS]->(t:Transaction)
RETURN count(t) AS n`;

export const PERSONS_BY_NAME = `
MATCH (p:Person)
WHERE toLower(p.name) CONTAINS toLower($name)
OPTIONAL MATCH (p)-[:FILED]->(f:Filing)
WITH p, count(f) AS filings
RETURN p.key AS key, p.cik AS cik, p.name AS name, filings
ORDER BY name, key`;

export const FILINGS_OF_PERSON = `
MATCH (:Person {key: $personKey})-[:FILED]->(f:Filing)-[:ABOUT]->(i:Issuer)
RETURN f.key AS key, f.formType AS formType, f.period AS period, f.superseded AS superseded, i.name AS issuer
ORDER BY period, key`;

export const HOLDINGS_OF_PERSON = `
MATCH (:Person {key: $personKey})-[h:HOLDS]->(i:Issuer)
RETURN i.name AS issuer, h.security AS security, h.ownership AS ownership, h.nature AS nature, h.shares AS shares, h.asOf AS asOf
ORDER BY issuer, security, ownership, nature`;

export const OPTIONS_OF_PERSON = `
MATCH (:Person {key: $personKey})-[h:HOLDS]->(o:Option)
OPTIONAL MATCH (t:Transaction)-[:EXERCISES]->(o)
WITH o, h, count(t) AS exercises
RETURN o.title AS title, o.exercisePrice AS exercisePrice, o.expirationDate AS expirationDate, h.shares AS shares, h.asOf AS asOf, exercises
ORDER BY title, expirationDate`;

export const ROLES_OF_PERSON = `
MATCH (:Person {key: $personKey})-[r]->(i:Issuer)
WHERE type(r) IN ['OFFICER_OF', 'DIRECTOR_OF', 'TEN_PERCENT_OWNER_OF', 'OTHER_RELATION_TO']
RETURN type(r) AS type, i.name AS issuer, r.title AS title, r.text AS text, r.since AS since, r.until AS until
ORDER BY type, issuer`;

/** A page of an issuer's current transactions, newest first; $skip/$limit are integers on both engines. */
export const ISSUER_TRANSACTIONS = `
MATCH (i:Issuer {key: $issuerKey})<-[:ABOUT]-(f:Filing {superseded: false})-[:REPORTS]->(t:Transaction)
MATCH (p:Person)-[:FILED]->(f)
WITH t, f, collect(p.name) AS owners
RETURN t.key AS key, t.date AS date, t.code AS code, t.shares AS shares, t.price AS price, t.acquiredDisposed AS acquiredDisposed, owners
ORDER BY date DESC, key
SKIP $skip LIMIT $limit`;

/** Net shares acquired (A) minus disposed (D) per issuer over current filings since a date. */
export const NET_SHARES_SINCE = `
MATCH (i:Issuer)<-[:OF_ISSUER]-(t:Transaction)<-[:REPORTS]-(:Filing {superseded: false})
WHERE t.date >= date($since)
WITH i, CASE t.acquiredDisposed WHEN 'A' THEN t.shares WHEN 'D' THEN -t.shares ELSE 0 END AS delta
RETURN i.key AS issuerKey, i.name AS issuer, coalesce(sum(delta), 0) AS net
ORDER BY issuer`;

export const AMENDMENTS = `
MATCH (a:Filing)-[:AMENDS]->(o:Filing)
RETURN a.key AS amendment, o.key AS original, a.superseded AS amendmentSuperseded, o.superseded AS originalSuperseded
ORDER BY original, amendment`;
