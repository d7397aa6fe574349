import { registerEnumType } from 'type-graphql';

export enum Role {
  OFFICER = 'OFFICER',
  DIRECTOR = 'DIRECTOR',
  TEN_PERCENT_OWNER = 'TEN_PERCENT_OWNER',
  OTHER = 'OTHER',
}
registerEnumType(Role, { name: 'Role', description: 'A reporting owner’s relationship to the issuer (Form 3/4/5 box 5).' });

export enum AcquiredDisposed {
  A = 'A',
  D = 'D',
}
registerEnumType(AcquiredDisposed, { name: 'AcquiredDisposed', description: 'A: acquired, D: disposed of.' });

export enum Ownership {
  DIRECT = 'DIRECT',
  INDIRECT = 'INDIRECT',
}
registerEnumType(Ownership, { name: 'Ownership' });

export enum RowKind {
  TRANSACTION = 'TRANSACTION',
  HOLDING = 'HOLDING',
}
registerEnumType(RowKind, { name: 'RowKind', description: 'A table row with a transaction, or a balance reported without one.' });

export enum Interval {
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
}
registerEnumType(Interval, { name: 'Interval' });

export enum TransactionOrderBy {
  DATE_DESC = 'DATE_DESC',
  DATE_ASC = 'DATE_ASC',
  VALUE_DESC = 'VALUE_DESC',
}
registerEnumType(TransactionOrderBy, { name: 'TransactionOrderBy' });

export enum NodeKind {
  PERSON = 'PERSON',
  ISSUER = 'ISSUER',
}
registerEnumType(NodeKind, { name: 'NodeKind' });

export function ownershipOf(code: string | null): Ownership | null {
  return code === 'D' ? Ownership.DIRECT : code === 'I' ? Ownership.INDIRECT : null;
}
