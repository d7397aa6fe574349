import type { DerivativeHolding, Filing, NonDerivativeHolding } from '../../src/parser';

/**
 * What a rendering of a corpus filing should read back as. The corpus holds Form 4s only, so a
 * Form 5 rendering reports the same rows on the annual form, and a Form 3 rendering states the
 * holdings those rows leave (the last holding after of each security and ownership form) as an
 * initial statement dated at the earliest transaction. A paper form has one name box and one
 * signature line, so only the first owner and signature are rendered and expected.
 */
export type FormKind = '3' | '4' | '5';

export function truthFor(filing: Filing, form: FormKind): Filing {
  const base: Filing = {
    ...filing,
    reportingOwners: filing.reportingOwners.slice(0, 1),
    signatures: filing.signatures.slice(0, 1),
    warnings: [],
  };
  const amended = filing.documentType.endsWith('/A');
  if (form === '4') return base;
  if (form === '5') return { ...base, documentType: amended ? '5/A' : '5' };
  const nd = new Map<string, NonDerivativeHolding>();
  for (const h of filing.nonDerivativeHoldings) nd.set(`${h.securityTitle}|${h.directOrIndirectOwnership}|${h.natureOfOwnership}`, h);
  for (const t of filing.nonDerivativeTransactions) {
    nd.set(`${t.securityTitle}|${t.directOrIndirectOwnership}|${t.natureOfOwnership}`, {
      securityTitle: t.securityTitle,
      sharesOwnedFollowingTransaction: t.sharesOwnedFollowingTransaction,
      directOrIndirectOwnership: t.directOrIndirectOwnership,
      natureOfOwnership: t.natureOfOwnership,
      footnoteIds: [],
    });
  }
  const d = new Map<string, DerivativeHolding>();
  for (const h of [...filing.derivativeHoldings, ...filing.derivativeTransactions]) {
    d.set(`${h.securityTitle}|${h.conversionOrExercisePrice}|${h.expirationDate}|${h.directOrIndirectOwnership}`, {
      securityTitle: h.securityTitle,
      conversionOrExercisePrice: h.conversionOrExercisePrice,
      exerciseDate: h.exerciseDate,
      expirationDate: h.expirationDate,
      underlyingSecurityTitle: h.underlyingSecurityTitle,
      underlyingSecurityShares: h.underlyingSecurityShares,
      // Form 3's Table II has no column for an amount owned: the underlying amount is the holding.
      sharesOwnedFollowingTransaction: null,
      directOrIndirectOwnership: h.directOrIndirectOwnership,
      natureOfOwnership: h.natureOfOwnership,
      footnoteIds: [],
    });
  }
  return {
    ...base,
    documentType: amended ? '3/A' : '3',
    nonDerivativeTransactions: [],
    derivativeTransactions: [],
    nonDerivativeHoldings: [...nd.values()],
    derivativeHoldings: [...d.values()],
    // Row footnotes told of transactions that a Form 3 does not report.
    footnotes: [],
  };
}

/** A real Form 3, 4 or 5 as its paper form prints it: one name box and one signature line. */
export function printedTruth(filing: Filing): Filing {
  return { ...filing, reportingOwners: filing.reportingOwners.slice(0, 1), signatures: filing.signatures.slice(0, 1), warnings: [] };
}
