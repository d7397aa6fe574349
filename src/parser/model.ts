import { z } from 'zod';

/**
 * The canonical filing: what every parser (XML, submission, OCR) produces and everything downstream
 * consumes. It mirrors ../shared/schema/filing.schema.json field for field; that JSON file is the
 * contract other tools read, so names and rules here follow it. Fields the contract leaves open
 * (aff10b5One, timeliness, per-field footnotes) are optional extras: the contract allows additional
 * properties, and a filing without them still validates.
 */

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
const dateOrNull = isoDate.nullable();
const cik = z.string().regex(/^\d{10}$/, 'expected ten digits').nullable();
const num = z.number().finite().nullable();
const footnoteId = z.string().regex(/^F\d+$/, 'expected F followed by digits');
const footnoteIds = z.array(footnoteId);
const directOrIndirect = z.enum(['D', 'I']).nullable();

export const TRANSACTION_CODES = [
  'P', 'S', 'V', 'A', 'D', 'F', 'I', 'M', 'C', 'E', 'H', 'O', 'X', 'G', 'L', 'W', 'Z', 'J', 'K', 'U',
] as const;
export const transactionCodeSchema = z.enum(TRANSACTION_CODES).nullable();

export const DOCUMENT_TYPES = ['3', '3/A', '4', '4/A', '5', '5/A'] as const;
export const documentTypeSchema = z.enum(DOCUMENT_TYPES);

export const SOURCE_FORMATS = ['edgar-xml', 'edgar-submission', 'ocr-text', 'edgar-text', 'sec-dataset'] as const;

export const sourceSchema = z.object({
  format: z.enum(SOURCE_FORMATS),
  accessionNumber: z.string().regex(/^\d{10}-\d{2}-\d{6}$/).nullable(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** The ownership XML's own schemaVersion (X0101..X0508), where the input had one. */
  xmlSchemaVersion: z.string().nullable().optional(),
  /** The day EDGAR filed it (a submission header's FILED AS OF DATE, an index's or data set's filing date). */
  filingDate: dateOrNull.optional(),
  /** EDGAR's acceptance time as given (Eastern time, no zone): YYYY-MM-DDTHH:MM:SS. */
  acceptedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/).nullable().optional(),
});

export const addressSchema = z.object({
  street1: z.string().nullable(),
  street2: z.string().nullable(),
  city: z.string().nullable(),
  state: z.string().nullable(),
  zipCode: z.string().nullable(),
});

export const relationshipSchema = z.object({
  isDirector: z.boolean(),
  isOfficer: z.boolean(),
  isTenPercentOwner: z.boolean(),
  isOther: z.boolean(),
  officerTitle: z.string().nullable(),
  otherText: z.string().nullable(),
});

export const reportingOwnerSchema = z.object({
  cik,
  name: z.string().min(1),
  address: addressSchema,
  relationship: relationshipSchema,
});

/** Footnote ids per field of a row, keyed by the XML element name (e.g. transactionPricePerShare). */
const fieldFootnoteIds = z.record(z.string(), footnoteIds).optional();

/** The form a row was first reported on, as transactionCoding/transactionFormType gives it (holdings too). */
const transactionFormType = z.string().nullable().optional();

const ownershipFields = {
  sharesOwnedFollowingTransaction: num,
  directOrIndirectOwnership: directOrIndirect,
  natureOfOwnership: z.string().nullable(),
  footnoteIds,
  fieldFootnoteIds,
};

const transactionFields = {
  transactionDate: dateOrNull,
  deemedExecutionDate: dateOrNull,
  transactionCode: transactionCodeSchema,
  equitySwapInvolved: z.boolean().optional(),
  shares: num,
  pricePerShare: num,
  acquiredDisposedCode: z.enum(['A', 'D']).nullable(),
  /** E (early) or L (late) where the filer marked it; null when on time or not given. */
  transactionTimeliness: z.enum(['E', 'L']).nullable().optional(),
  transactionFormType,
};

const derivativeFields = {
  conversionOrExercisePrice: num,
  exerciseDate: dateOrNull,
  expirationDate: dateOrNull,
  underlyingSecurityTitle: z.string().nullable(),
  underlyingSecurityShares: num,
};

export const nonDerivativeHoldingSchema = z.object({
  securityTitle: z.string(),
  transactionFormType,
  ...ownershipFields,
});

export const nonDerivativeTransactionSchema = z.object({
  securityTitle: z.string(),
  ...transactionFields,
  ...ownershipFields,
});

export const derivativeHoldingSchema = z.object({
  securityTitle: z.string(),
  transactionFormType,
  ...derivativeFields,
  ...ownershipFields,
});

export const derivativeTransactionSchema = z.object({
  securityTitle: z.string(),
  ...derivativeFields,
  ...transactionFields,
  ...ownershipFields,
});

export const footnoteSchema = z.object({ id: footnoteId, text: z.string() });
export const signatureSchema = z.object({ name: z.string(), date: dateOrNull });
export const warningSchema = z.object({ path: z.string(), message: z.string() });

export const filingSchema = z.object({
  schemaVersion: z.literal('1').optional(),
  source: sourceSchema.optional(),
  documentType: documentTypeSchema,
  periodOfReport: isoDate,
  dateOfOriginalSubmission: dateOrNull.optional(),
  notSubjectToSection16: z.boolean().optional(),
  /** Form 4/5 checkbox (X0508 on): the transaction was made under a Rule 10b5-1(c) plan. */
  aff10b5One: z.boolean().nullable().optional(),
  /** Form 3 only: the filer owns no securities of the issuer. */
  noSecuritiesOwned: z.boolean().nullable().optional(),
  /** Form 5 only: holdings or transactions previously reported on Form 3 / Form 4. */
  form3HoldingsReported: z.boolean().nullable().optional(),
  form4TransactionsReported: z.boolean().nullable().optional(),
  issuer: z.object({
    cik,
    name: z.string().min(1),
    tradingSymbol: z.string().nullable(),
  }),
  reportingOwners: z.array(reportingOwnerSchema).min(1),
  nonDerivativeTransactions: z.array(nonDerivativeTransactionSchema),
  nonDerivativeHoldings: z.array(nonDerivativeHoldingSchema),
  derivativeTransactions: z.array(derivativeTransactionSchema),
  derivativeHoldings: z.array(derivativeHoldingSchema),
  footnotes: z.array(footnoteSchema),
  remarks: z.string().nullable(),
  signatures: z.array(signatureSchema),
  warnings: z.array(warningSchema).optional(),
});

export type Filing = z.infer<typeof filingSchema>;
export type FilingSource = z.infer<typeof sourceSchema>;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];
/** The formats parseFiling reads from a document's text; the SEC's data sets are tables, read by src/datasets. */
export type TextFormat = Exclude<SourceFormat, 'sec-dataset'>;
export type DocumentType = z.infer<typeof documentTypeSchema>;
export type TransactionCode = (typeof TRANSACTION_CODES)[number];
export type ReportingOwner = z.infer<typeof reportingOwnerSchema>;
export type Address = z.infer<typeof addressSchema>;
export type Relationship = z.infer<typeof relationshipSchema>;
export type NonDerivativeTransaction = z.infer<typeof nonDerivativeTransactionSchema>;
export type NonDerivativeHolding = z.infer<typeof nonDerivativeHoldingSchema>;
export type DerivativeTransaction = z.infer<typeof derivativeTransactionSchema>;
export type DerivativeHolding = z.infer<typeof derivativeHoldingSchema>;
export type Footnote = z.infer<typeof footnoteSchema>;
export type Signature = z.infer<typeof signatureSchema>;
export type ParseWarning = z.infer<typeof warningSchema>;
