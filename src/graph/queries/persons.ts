import type { GraphStore } from '../store';
import type { PlainValue, Row } from '../values';
import { ROLE_ALTERNATION, ROLE_MAP, ROLE_ORDER, roleName, roleTypes, type RoleName } from './roles';
import { foldCypher, searchWords } from './search';
import { countedPage, countsByParent, FIRST_PAGE, FIRST_PAGE_SLICE, pagesByParent, pagesOfRows, perParentStatement, sliceParams, toPage, windowParams, type CountedPage, type Page, type PageWindow, oneOrMany } from './page';
import { joinedIssuer, type PersonIssuerPair } from './holdings';
import { issuerOf, type IssuerRecord } from './issuers';
import { asRow, isoDate, num, reqStr, str, strList } from './values';

export interface PersonRecord {
  key: string;
  cik: string | null;
  name: string;
}

export interface RoleRecord {
  role: RoleName;
  title: string | null;
  since: string | null;
  until: string | null;
}

const PERSON_FIELDS = 'p.key AS key, p.cik AS cik, p.name AS name';

export const PERSONS_BY_KEYS = `
UNWIND $keys AS k
MATCH (p:Person {key: k})
RETURN ${PERSON_FIELDS}`;

/** A person with a CIK is keyed by it (see the ingest's personKeyOfCik), so this is an index look-up. */
export const PERSON_BY_CIK = `
MATCH (p:Person {key: 'cik:' + $cik})
RETURN ${PERSON_FIELDS}`;

const FOLDED = foldCypher('p.normName');

export const SEARCH_PEOPLE = `
MATCH (p:Person)
WITH p, ${FOLDED} AS folded
WHERE all(w IN $words WHERE folded CONTAINS w)
RETURN ${PERSON_FIELDS}
ORDER BY name, key
SKIP $skip LIMIT $limit`;

export const COUNT_SEARCH_PEOPLE = `
MATCH (p:Person)
WITH p, ${FOLDED} AS folded
WHERE all(w IN $words WHERE folded CONTAINS w)
RETURN count(p) AS n`;

/** With a role: only people holding such a relationship to some issuer. */
const IN_ROLE = `
MATCH (p:Person)-[r:${ROLE_ALTERNATION}]->(:Issuer)
WHERE type(r) IN $types
WITH DISTINCT p
WITH p, ${FOLDED} AS folded
WHERE all(w IN $words WHERE folded CONTAINS w)`;

/** With an issuer: its insiders (in that role). Grafeo plans from the first node, so the issuer comes first. */
const AT_ISSUER = `
MATCH (:Issuer {key: $issuerKey})<-[r:${ROLE_ALTERNATION}]-(p:Person)
WHERE type(r) IN $types
WITH DISTINCT p
WITH p, ${FOLDED} AS folded
WHERE all(w IN $words WHERE folded CONTAINS w)`;

export const SEARCH_PEOPLE_IN_ROLE = `${IN_ROLE}
RETURN ${PERSON_FIELDS}
ORDER BY name, key
SKIP $skip LIMIT $limit`;

export const COUNT_SEARCH_PEOPLE_IN_ROLE = `${IN_ROLE}
RETURN count(p) AS n`;

export const SEARCH_PEOPLE_AT_ISSUER = `${AT_ISSUER}
RETURN ${PERSON_FIELDS}
ORDER BY name, key
SKIP $skip LIMIT $limit`;

export const COUNT_SEARCH_PEOPLE_AT_ISSUER = `${AT_ISSUER}
RETURN count(p) AS n`;

/**
 * Each issuer a person has a role at (by issuer name, then key), for a page of people; each brings
 * the first page of its roles along, so the usual query needs no second statement for them.
 */
export const PERSON_ISSUERS_PAGES = `
UNWIND $keys AS k
MATCH (:Person {key: k})-[r:${ROLE_ALTERNATION}]->(i:Issuer)
WITH k, i, r
ORDER BY ${ROLE_ORDER}
WITH k, i, collect(${ROLE_MAP}) AS roles
ORDER BY i.name, i.key
WITH k, collect({issuerKey: i.key, issuerName: i.name, issuerCik: i.cik, issuerTicker: i.ticker, roles: roles${FIRST_PAGE_SLICE}, roleCount: size(roles)}) AS xs
RETURN k AS parent, xs[$skip..$end] AS page, size(xs) AS total`;

/** A page of the roles of (person, issuer) pairs, in the role order, with the insiders' filter. */
export const ROLE_PAGES = `
UNWIND $pairs AS pr
MATCH (:Issuer {key: pr.issuer})<-[r:${ROLE_ALTERNATION}]-(:Person {key: pr.person})
WHERE type(r) IN $types AND ($asOf IS NULL OR (r.since <= date($asOf) AND r.until >= date($asOf)))
WITH pr, r
ORDER BY ${ROLE_ORDER}
WITH pr, collect(${ROLE_MAP}) AS xs
RETURN pr.id AS parent, xs[$skip..$end] AS page, size(xs) AS total`;

/**
 * People sharing an issuer with this one, most shared first, then by name; each with the first page
 * of the issuers shared (by issuer name).
 */
const coInsidersOf = (key: string): string => `
MATCH (p:Person {key: ${key}})-[:${ROLE_ALTERNATION}]->(i:Issuer)<-[:${ROLE_ALTERNATION}]-(o:Person)
WHERE o.key <> p.key
WITH DISTINCT o, i
ORDER BY i.name, i.key
WITH o, collect(i.key) AS shared
RETURN o.key AS key, o.cik AS cik, o.name AS name, shared${FIRST_PAGE_SLICE} AS firstShared, size(shared) AS sharedCount
ORDER BY sharedCount DESC, name, key
SKIP $skip LIMIT $limit`;

const countCoInsidersOf = (key: string, by: string): string => `
MATCH (p:Person {key: ${key}})-[:${ROLE_ALTERNATION}]->(:Issuer)<-[:${ROLE_ALTERNATION}]-(o:Person)
WHERE o.key <> p.key
RETURN ${by}count(DISTINCT o) AS n`;

export const CO_INSIDERS = coInsidersOf('$personKey');

export const COUNT_CO_INSIDERS = countCoInsidersOf('$personKey', '');

/** A page of the co-insiders of each of many people, as CO_INSIDERS pages them. */
export const CO_INSIDER_PAGES = perParentStatement(coInsidersOf('k'), ['key', 'cik', 'name', 'firstShared', 'sharedCount']);

export const COUNT_CO_INSIDER_PAGES = `\nUNWIND $keys AS k${countCoInsidersOf('k', 'k AS parent, ')}`;

/** The issuers two people both have a role at, by name, for (person, other) pairs at once. */
export const SHARED_ISSUERS_PAGES = `
UNWIND $pairs AS pr
MATCH (:Person {key: pr.person})-[:${ROLE_ALTERNATION}]->(i:Issuer)<-[:${ROLE_ALTERNATION}]-(:Person {key: pr.other})
WITH DISTINCT pr.id AS id, i
ORDER BY i.name, i.key
WITH id, collect({key: i.key, cik: i.cik, name: i.name, ticker: i.ticker}) AS xs
RETURN id AS parent, xs[$skip..$end] AS page, size(xs) AS total`;

/** Every person's name, for the server's in-memory name index. */
export const ALL_PERSON_NAMES = `
MATCH (p:Person)
RETURN p.key AS key, p.cik AS cik, p.name AS name, p.normName AS normName`;

export interface NamedPerson extends PersonRecord {
  normName: string;
}

export async function allPersonNames(store: GraphStore): Promise<NamedPerson[]> {
  const rows = await store.executeRead((tx) => tx.run(ALL_PERSON_NAMES));
  return rows.map((r) => ({ ...personOf(r), normName: str(r.normName) ?? '' }));
}

export function personOf(row: Row): PersonRecord {
  return { key: reqStr(row, 'key'), cik: str(row.cik), name: str(row.name) ?? '' };
}

export async function personsByKeys(store: GraphStore, keys: readonly string[]): Promise<PersonRecord[]> {
  const rows = await store.executeRead((tx) => tx.run(PERSONS_BY_KEYS, { keys: [...keys] }));
  return rows.map(personOf);
}

export async function personByCik(store: GraphStore, cik: string): Promise<PersonRecord | null> {
  const [row] = await store.executeRead((tx) => tx.run(PERSON_BY_CIK, { cik }));
  return row ? personOf(row) : null;
}

export interface PeopleFilter {
  search?: string | null;
  role?: RoleName | null;
  issuerKey?: string | null;
}

function peopleStatements(f: PeopleFilter): { list: string; count: string; params: Record<string, unknown> } {
  const words = searchWords(f.search);
  if (f.issuerKey) {
    return { list: SEARCH_PEOPLE_AT_ISSUER, count: COUNT_SEARCH_PEOPLE_AT_ISSUER, params: { words, types: roleTypes(f.role), issuerKey: f.issuerKey } };
  }
  if (f.role) return { list: SEARCH_PEOPLE_IN_ROLE, count: COUNT_SEARCH_PEOPLE_IN_ROLE, params: { words, types: roleTypes(f.role) } };
  return { list: SEARCH_PEOPLE, count: COUNT_SEARCH_PEOPLE, params: { words } };
}

export async function searchPeople(store: GraphStore, f: PeopleFilter, w: PageWindow): Promise<Page<PersonRecord>> {
  const s = peopleStatements(f);
  const rows = await store.executeRead((tx) => tx.run(s.list, { ...s.params, ...windowParams(w) }));
  return toPage(rows.map(personOf), w);
}

export async function countPeople(store: GraphStore, f: PeopleFilter): Promise<number> {
  const s = peopleStatements(f);
  const [row] = await store.executeRead((tx) => tx.run(s.count, s.params));
  return num(row?.n) ?? 0;
}

/** The first page of roles a statement collected (in ROLE_ORDER) and sliced, with their number. */
export function firstRolesPage(v: PlainValue | undefined, count: PlainValue | undefined): CountedPage<RoleRecord> {
  return countedPage((Array.isArray(v) ? v : []).map(roleOf), num(count) ?? 0, FIRST_PAGE);
}

export function roleOf(v: PlainValue): RoleRecord {
  const r = asRow(v);
  return { role: roleName(reqStr(r, 'type')), title: str(r.text), since: isoDate(r.since), until: isoDate(r.until) };
}

export interface PersonIssuerRecord {
  issuerKey: string;
  issuer: IssuerRecord;
  firstRoles: CountedPage<RoleRecord>;
}

export async function personIssuersPages(store: GraphStore, personKeys: readonly string[], w: PageWindow): Promise<Map<string, CountedPage<PersonIssuerRecord>>> {
  const rows = await store.executeRead((tx) => tx.run(PERSON_ISSUERS_PAGES, { keys: [...personKeys], ...sliceParams(w) }));
  return pagesByParent(rows, w, (r) => ({ issuerKey: reqStr(r, 'issuerKey'), issuer: joinedIssuer(r), firstRoles: firstRolesPage(r.roles, r.roleCount) }));
}

export interface RoleFilter {
  role?: RoleName | null;
  asOf?: string | null;
}

export async function rolePages(store: GraphStore, pairs: readonly PersonIssuerPair[], f: RoleFilter, w: PageWindow): Promise<Map<string, CountedPage<RoleRecord>>> {
  const params = { pairs: pairs.map((p) => ({ ...p })), types: roleTypes(f.role), asOf: f.asOf ?? null, ...sliceParams(w) };
  const rows = await store.executeRead((tx) => tx.run(ROLE_PAGES, params));
  return pagesByParent(rows, w, roleOf);
}

export interface CoInsiderRecord {
  person: PersonRecord;
  firstShared: CountedPage<string>;
}

function coInsiderOf(r: Row): CoInsiderRecord {
  return { person: personOf(r), firstShared: countedPage(strList(r.firstShared), num(r.sharedCount) ?? 0, FIRST_PAGE) };
}

/** A page of the co-insiders of each of these people: one person's by CO_INSIDERS, several in one statement. */
export function coInsiderPages(store: GraphStore, personKeys: readonly string[], w: PageWindow): Promise<Map<string, Page<CoInsiderRecord>>> {
  return oneOrMany<Page<CoInsiderRecord>>(
    personKeys,
    async (personKey) => toPage((await store.executeRead((tx) => tx.run(CO_INSIDERS, { personKey, ...windowParams(w) }))).map(coInsiderOf), w),
    async (keys) => pagesOfRows(await store.executeRead((tx) => tx.run(CO_INSIDER_PAGES, { keys, ...windowParams(w) })), w, coInsiderOf),
  );
}

/** How many co-insiders each of these people has; absent keys have none. */
export function countCoInsiderPages(store: GraphStore, personKeys: readonly string[]): Promise<Map<string, number>> {
  return oneOrMany(
    personKeys,
    async (personKey) => num((await store.executeRead((tx) => tx.run(COUNT_CO_INSIDERS, { personKey })))[0]?.n) ?? 0,
    async (keys) => countsByParent(await store.executeRead((tx) => tx.run(COUNT_CO_INSIDER_PAGES, { keys }))),
  );
}

export interface PersonPair {
  id: string;
  person: string;
  other: string;
}

export async function sharedIssuersPages(store: GraphStore, pairs: readonly PersonPair[], w: PageWindow): Promise<Map<string, CountedPage<IssuerRecord>>> {
  const rows = await store.executeRead((tx) => tx.run(SHARED_ISSUERS_PAGES, { pairs: pairs.map((p) => ({ ...p })), ...sliceParams(w) }));
  return pagesByParent(rows, w, issuerOf);
}
