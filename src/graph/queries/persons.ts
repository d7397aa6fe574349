import type { GraphStore } from '../store';
import type { PlainValue, Row } from '../values';
import { ROLE_ALTERNATION, roleName, roleTypes, type RoleName } from './roles';
import { foldCypher, searchWords } from './search';
import { toPage, windowParams, type Page, type PageWindow } from './page';
import { byFields, joinedIssuer } from './holdings';
import type { IssuerRecord } from './issuers';
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

/** Each issuer a person has a role at, with the roles (one row per person and issuer), for a page of people. */
export const ISSUERS_OF_PERSONS = `
UNWIND $keys AS k
MATCH (:Person {key: k})-[r:${ROLE_ALTERNATION}]->(i:Issuer)
WITH k, i, collect({type: type(r), text: coalesce(r.title, r.text), since: r.since, until: r.until}) AS roles
RETURN k AS personKey, i.key AS issuerKey, i.name AS issuerName, i.cik AS issuerCik, i.ticker AS issuerTicker, roles`;

/** People sharing an issuer with this one, with the issuers shared, most shared first. */
export const CO_INSIDERS = `
MATCH (p:Person {key: $personKey})-[:${ROLE_ALTERNATION}]->(i:Issuer)<-[:${ROLE_ALTERNATION}]-(o:Person)
WHERE o.key <> p.key
WITH o, collect(DISTINCT i.key) AS shared
RETURN o.key AS key, o.cik AS cik, o.name AS name, shared
ORDER BY size(shared) DESC, name, key
SKIP $skip LIMIT $limit`;

export const COUNT_CO_INSIDERS = `
MATCH (p:Person {key: $personKey})-[:${ROLE_ALTERNATION}]->(:Issuer)<-[:${ROLE_ALTERNATION}]-(o:Person)
WHERE o.key <> p.key
RETURN count(DISTINCT o) AS n`;

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

/** A person's roles at one issuer, collected in Cypher, in a fixed order (by role name). */
export function rolesOf(v: PlainValue | undefined): RoleRecord[] {
  return (Array.isArray(v) ? v : []).map(roleOf).sort((a, b) => (a.role < b.role ? -1 : a.role > b.role ? 1 : 0));
}

export function roleOf(v: PlainValue): RoleRecord {
  const r = asRow(v);
  return { role: roleName(reqStr(r, 'type')), title: str(r.text), since: isoDate(r.since), until: isoDate(r.until) };
}

export interface PersonIssuerRecord {
  issuerKey: string;
  issuer: IssuerRecord;
  roles: RoleRecord[];
}

export async function issuersOfPersons(store: GraphStore, keys: readonly string[]): Promise<Map<string, PersonIssuerRecord[]>> {
  const rows = (await store.executeRead((tx) => tx.run(ISSUERS_OF_PERSONS, { keys: [...keys] }))).sort(byFields((r) => [str(r.issuerName) ?? '', str(r.issuerKey) ?? '']));
  const out = new Map<string, PersonIssuerRecord[]>();
  for (const r of rows) {
    const k = reqStr(r, 'personKey');
    out.set(k, [...(out.get(k) ?? []), { issuerKey: reqStr(r, 'issuerKey'), issuer: joinedIssuer(r), roles: rolesOf(r.roles) }]);
  }
  return out;
}

export interface CoInsiderRecord {
  person: PersonRecord;
  sharedIssuerKeys: string[];
}

export async function coInsiders(store: GraphStore, personKey: string, w: PageWindow): Promise<Page<CoInsiderRecord>> {
  const rows = await store.executeRead((tx) => tx.run(CO_INSIDERS, { personKey, ...windowParams(w) }));
  return toPage(rows.map((r) => ({ person: personOf(r), sharedIssuerKeys: strList(r.shared) })), w);
}

export async function countCoInsiders(store: GraphStore, personKey: string): Promise<number> {
  const [row] = await store.executeRead((tx) => tx.run(COUNT_CO_INSIDERS, { personKey }));
  return num(row?.n) ?? 0;
}
