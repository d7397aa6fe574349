import type { Filing } from '../parser';

/** A filing read and parsed, with the key it will have in the graph. */
export interface ParsedFiling {
  filing: Filing;
  key: string;
  /** The ownership document's own identity (keys.ts documentHash), the same in any container. */
  docHash: string;
  /** Where it came from (a path), for the summary's failure list. */
  origin: string;
}

export interface IssuerRow {
  key: string;
  cik: string | null;
  name: string;
  normName: string;
  ticker: string | null;
}

export interface PersonRow {
  key: string;
  cik: string | null;
  name: string;
  normName: string;
  /** A name-only person's issuer (its key ends with it): how a later CIK holder's variants find it. */
  atIssuer: string | null;
}

/** A parsed filing with its issuer and owners resolved to graph keys (owners follows reportingOwners). */
export interface ResolvedFiling extends ParsedFiling {
  issuer: IssuerRow;
  owners: PersonRow[];
}

/** Something ingest did not decide for the user: a name that fits more than one person, say. */
export interface IngestWarning {
  origin: string;
  message: string;
}

/** A name-only person found to be a CIK holder: its relationships move to `toKey` and it goes. */
export interface PersonMerge {
  fromKey: string;
  toKey: string;
}

/** A name-only issuer found to be a CIK holder (same normalised name, the only CIK holder of it). */
export interface IssuerMerge {
  fromKey: string;
  toKey: string;
  cik: string;
  name: string;
  normName: string;
}
