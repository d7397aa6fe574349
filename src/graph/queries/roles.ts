import { ROLE_TYPES, type RoleType } from '../cypher/ingest';

/** The role relationships of the graph as the API names them. */
export const ROLE_NAMES = ['OFFICER', 'DIRECTOR', 'TEN_PERCENT_OWNER', 'OTHER'] as const;
export type RoleName = (typeof ROLE_NAMES)[number];

const TYPE_OF: Record<RoleName, RoleType> = {
  OFFICER: 'OFFICER_OF',
  DIRECTOR: 'DIRECTOR_OF',
  TEN_PERCENT_OWNER: 'TEN_PERCENT_OWNER_OF',
  OTHER: 'OTHER_RELATION_TO',
};

export function roleTypes(role: RoleName | null | undefined): string[] {
  return role ? [TYPE_OF[role]] : [...ROLE_TYPES];
}

export function roleName(type: string): RoleName {
  const hit = ROLE_NAMES.find((r) => TYPE_OF[r] === type);
  if (!hit) throw new Error(`not a role relationship: ${type}`);
  return hit;
}

/**
 * The role relationship types as one Cypher alternation. Variable-length patterns cannot take a list
 * parameter for their types, so statements splice this constant in.
 */
export const ROLE_ALTERNATION = ROLE_TYPES.join('|');

/** A role relationship as the lists collect it. */
export const ROLE_MAP = '{type: type(r), text: coalesce(r.title, r.text), since: r.since, until: r.until}';

/**
 * The order of a person's roles at one issuer: by role, which sorts as the API's role names do. Ingest
 * keeps one relationship per role (MERGE on person, issuer and type), so this is a total order.
 */
export const ROLE_ORDER = 'type(r)';
