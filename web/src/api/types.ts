/* The shapes the Explorer's queries select, as the schema types them (LocalDate is a YYYY-MM-DD string). */

export type Role = 'OFFICER' | 'DIRECTOR' | 'TEN_PERCENT_OWNER' | 'OTHER';
export type NodeKind = 'PERSON' | 'ISSUER';

export interface PersonRef {
  id: string;
  name: string;
  cik: string | null;
}

export interface IssuerRef {
  id: string;
  name: string;
  ticker: string | null;
  cik: string | null;
}

export interface Relationship {
  role: Role;
  title: string | null;
  since: string | null;
  until: string | null;
}

export interface Footnote {
  id: string;
  text: string;
}

export interface Holding {
  securityTitle: string;
  ownership: 'DIRECT' | 'INDIRECT' | null;
  natureOfOwnership: string | null;
  shares: number | null;
  asOf: string | null;
  issuer: IssuerRef;
}

export interface OptionHolding {
  id: string;
  title: string;
  exercisePrice: number | null;
  expirationDate: string | null;
  underlyingTitle: string | null;
  underlyingShares: number | null;
  ownership: 'DIRECT' | 'INDIRECT' | null;
  natureOfOwnership: string | null;
  shares: number | null;
  asOf: string | null;
  issuer: IssuerRef;
}

export interface Transaction {
  id: string;
  kind: 'TRANSACTION' | 'HOLDING';
  date: string | null;
  code: string | null;
  codeDescription: string | null;
  securityTitle: string;
  derivative: boolean;
  shares: number | null;
  pricePerShare: number | null;
  value: number | null;
  acquiredDisposed: 'A' | 'D' | null;
  sharesOwnedAfter: number | null;
  ownership: 'DIRECT' | 'INDIRECT' | null;
  footnotes: Footnote[];
}

export interface PersonTransaction extends Transaction {
  issuer: IssuerRef;
}

export interface HoldingPoint {
  date: string | null;
  shares: number;
  securityTitle: string;
  ownership: 'DIRECT' | 'INDIRECT' | null;
  natureOfOwnership: string | null;
  code: string | null;
}

export interface ActivityPeriod {
  period: string;
  buys: number;
  sells: number;
  buyShares: number;
  sellShares: number;
  netShares: number;
  netValue: number;
}

export interface Filing {
  id: string;
  formType: string;
  accessionNumber: string | null;
  periodOfReport: string | null;
  signatureDate: string | null;
  isAmendment: boolean;
  superseded: boolean;
  reportingOwners: PersonRef[];
}

export interface GraphNode {
  id: string;
  kind: NodeKind;
  label: string;
  hops: number;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  role: Role;
  title: string | null;
  since: string | null;
  until: string | null;
}

export interface GraphView {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** Every list of the API is a Relay connection; the Explorer selects these parts of one. */
export interface Edges<T> {
  edges: Array<{ node: T }>;
}

export interface Connection<T> extends Edges<T> {
  totalCount: number;
}

export interface Paged<T> extends Edges<T> {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** The first page of a list, unwrapped, and the length of the whole list (more than items when cut). */
export interface Listed<T> {
  items: T[];
  total: number;
}
