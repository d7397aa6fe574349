import { z } from 'zod';
import type { FilingFilter as FilingQueryFilter } from '../graph/queries/filings';
import type { TransactionFilter as TransactionQueryFilter } from '../graph/queries/transactions';
import { DOCUMENT_TYPES } from '../parser/model';
import type { FilingFilter, TransactionFilter } from './inputs';
import { check, codesArg, idArg, isoDateArg } from './validate';

const filingFilter = z
  .object({
    issuer: idArg('Issuer').nullish(),
    person: idArg('Person').nullish(),
    formType: z.enum(DOCUMENT_TYPES).nullish(),
    from: isoDateArg.nullish(),
    to: isoDateArg.nullish(),
  })
  .nullish();

export function filingQueryFilter(f: FilingFilter | null | undefined): FilingQueryFilter {
  const v = check(filingFilter, f ? { ...f } : f);
  return { issuerKey: v?.issuer?.key ?? null, personKey: v?.person?.key ?? null, formType: v?.formType ?? null, from: v?.from ?? null, to: v?.to ?? null };
}

const transactionFilter = z
  .object({
    issuer: idArg('Issuer').nullish(),
    person: idArg('Person').nullish(),
    codes: codesArg.nullish(),
    from: isoDateArg.nullish(),
    to: isoDateArg.nullish(),
    minValue: z.number().finite().min(0).nullish(),
    acquiredDisposed: z.enum(['A', 'D']).nullish(),
  })
  .nullish();

export function transactionQueryFilter(f: TransactionFilter | null | undefined): TransactionQueryFilter {
  const v = check(transactionFilter, f ? { ...f } : f);
  return {
    issuerKey: v?.issuer?.key ?? null,
    personKey: v?.person?.key ?? null,
    codes: v?.codes ?? null,
    from: v?.from ?? null,
    to: v?.to ?? null,
    minValue: v?.minValue ?? null,
    acquiredDisposed: v?.acquiredDisposed ?? null,
  };
}
