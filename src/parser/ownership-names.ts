import { NameTable } from './name-table';

/**
 * Every element name of EDGAR ownership XML (schemas X0101 to X0508), for the XML reader to share one
 * string per name (see NameTable).
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
