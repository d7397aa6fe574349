import { registerEnumType } from 'type-graphql';
import { TRANSACTION_CODES, type TransactionCode as ModelTransactionCode } from '../parser/model';
import { TRANSACTION_CODE_DESCRIPTIONS } from './transaction-codes';

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

export enum Rule10b5OneSource {
  FOOTNOTE = 'FOOTNOTE',
  REMARKS = 'REMARKS',
  CHECKBOX = 'CHECKBOX',
}
registerEnumType(Rule10b5OneSource, {
  name: 'Rule10b5OneSource',
  description: 'Where a row’s Rule 10b5-1 status comes from.',
  valuesConfig: {
    FOOTNOTE: { description: 'A footnote of the row mentions a 10b5-1 plan (how filers said so before the 2023 checkbox).' },
    REMARKS: { description: 'The filing’s remarks mention a 10b5-1 plan.' },
    CHECKBOX: { description: 'The form’s aff10b5One checkbox is ticked.' },
  },
});

/** The SEC's transaction codes as a GraphQL enum, derived from the model's list, each with its meaning in the schema docs. */
export const TransactionCode = Object.fromEntries(TRANSACTION_CODES.map((c) => [c, c])) as { [C in ModelTransactionCode]: C };
export type TransactionCode = ModelTransactionCode;
registerEnumType(TransactionCode, {
  name: 'TransactionCode',
  description: 'An SEC transaction code (Form 4 General Instructions 8).',
  valuesConfig: Object.fromEntries(Object.entries(TRANSACTION_CODE_DESCRIPTIONS).map(([code, description]) => [code, { description }])),
});

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
