/**
 * Public ids: the node's label and its graph key ("Person:cik:0001234567"). Keys are derived from
 * CIKs, accession numbers and content hashes, so ids are stable across restarts and re-ingests. The
 * label is part of the id because a company can be both an issuer and a reporting owner under one CIK.
 */
export const ID_LABELS = ['Person', 'Issuer', 'Filing', 'Transaction', 'Option'] as const;
export type IdLabel = (typeof ID_LABELS)[number];

export function toId(label: IdLabel, key: string): string {
  return `${label}:${key}`;
}

export function fromId(id: string): { label: IdLabel; key: string } | null {
  const colon = id.indexOf(':');
  if (colon <= 0) return null;
  const label = id.slice(0, colon);
  const key = id.slice(colon + 1);
  return (ID_LABELS as readonly string[]).includes(label) && key.length > 0 ? { label: label as IdLabel, key } : null;
}
