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
    maxValue: z.number().finite().min(0).nullish(),
    acquiredDisposed: z.enum(['A', 'D']).nullish(),
    derivative: z.boolean().nullish(),
    role: z.enum(['OFFICER', 'DIRECTOR', 'TEN_PERCENT_OWNER', 'OTHER']).nullish(),
    titleContains: z.string().trim().min(1).max(200).nullish(),
    minFilingLagDays: z.number().int().nullish(),
    maxFilingLagDays: z.number().int().nullish(),
    lateFiling: z.boolean().nullish(),
    rule10b5One: z.boolean().nullish(),
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
    maxValue: v?.maxValue ?? null,
    acquiredDisposed: v?.acquiredDisposed ?? null,
    derivative: v?.derivative ?? null,
    director: v?.role === 'DIRECTOR' ? true : null,
    officer: v?.role === 'OFFICER' ? true : null,
    tenPercentOwner: v?.role === 'TEN_PERCENT_OWNER' ? true : null,
    other: v?.role === 'OTHER' ? true : null,
    titleContains: v?.titleContains ?? null,
    minFilingLag: v?.minFilingLagDays ?? null,
    maxFilingLag: v?.maxFilingLagDays ?? null,
    lateFiling: v?.lateFiling ?? null,
    plan10b5One: v?.rule10b5One ?? null,
  };
}
