import { NameTable } from './name-table';

/**
 * The element names of EDGAR ownership XML that filings use: every name in ../shared/corpus and every
 * name the mapping reads. The XML reader shares one string per name (see NameTable); a name missing
 * here is read the slower way, never wrongly.
 */
export const OWNERSHIP_ELEMENT_NAMES = new NameTable([
  'aff10b5One', 'conversionOrExercisePrice', 'dateOfOriginalSubmission', 'deemedExecutionDate',
  'derivativeHolding', 'derivativeTable', 'derivativeTransaction', 'directOrIndirectOwnership',
  'documentType', 'equitySwapInvolved', 'exerciseDate', 'expirationDate', 'footnote', 'footnoteId',
  'footnotes', 'form3HoldingsReported', 'form4TransactionsReported', 'isDirector', 'isOfficer',
  'isOther', 'isTenPercentOwner', 'issuer', 'issuerCik', 'issuerName', 'issuerTradingSymbol',
  'natureOfOwnership', 'noSecuritiesOwned', 'nonDerivativeHolding', 'nonDerivativeTable',
  'nonDerivativeTransaction', 'notSubjectToSection16', 'officerTitle', 'otherText',
  'ownerSignature', 'ownershipDocument', 'ownershipNature', 'periodOfReport',
  'postTransactionAmounts', 'remarks', 'reportingOwner', 'reportingOwnerAddress',
  'reportingOwnerId', 'reportingOwnerRelationship', 'rptOwnerCik', 'rptOwnerCity', 'rptOwnerName',
  'rptOwnerState', 'rptOwnerStateDescription', 'rptOwnerStreet1', 'rptOwnerStreet2',
  'rptOwnerZipCode', 'schemaVersion', 'securityTitle', 'sharesOwnedFollowingTransaction',
  'signatureDate', 'signatureName', 'transactionAcquiredDisposedCode', 'transactionAmounts',
  'transactionCode', 'transactionCoding', 'transactionDate', 'transactionFormType',
  'transactionPricePerShare', 'transactionShares', 'transactionTimeliness',
  'transactionTotalValue', 'underlyingSecurity', 'underlyingSecurityShares',
  'underlyingSecurityTitle', 'underlyingSecurityValue', 'value', 'valueOwnedFollowingTransaction',
]);
