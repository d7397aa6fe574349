import { ParseError } from './errors';
import {
  DOCUMENT_TYPES,
  TRANSACTION_CODES,
  type DerivativeHolding,
  type DerivativeTransaction,
  type DocumentType,
  type Filing,
  type NonDerivativeHolding,
  type NonDerivativeTransaction,
  type ParseWarning,
  type ReportingOwner,
  type TransactionCode,
} from './model';
import { boolOfText, cikOfText, dateOfText, numberOfText, text as readText } from './values';
import { attribute, child, children, deepText, type XmlElement } from './xml-tree';

/** Everything of a filing but `source`, which the caller knows and this mapping does not. */
export type FilingBody = Omit<Filing, 'source'>;

/** How to read a typed field from its text, and what to call it when a value is not one. */
interface FieldType<V> {
  read(t: string): V | null;
  what: string;
}

const NUMBER: FieldType<number> = { read: numberOfText, what: 'a number' };
const DATE: FieldType<string> = { read: dateOfText, what: 'a date' };
const BOOL: FieldType<boolean> = { read: boolOfText, what: 'a boolean (0, 1, true or false)' };
const CIK: FieldType<string> = { read: cikOfText, what: 'a CIK of up to ten digits' };

/** One of a fixed set of codes, compared case-blind. */
function codes<T extends string>(allowed: readonly T[]): FieldType<T> {
  return {
    read: (t) => {
      const upper = t.toUpperCase() as T;
      return allowed.includes(upper) ? upper : null;
    },
    what: `one of ${allowed.join(', ')}`,
  };
}

const D_OR_I = codes(['D', 'I'] as const);
const EARLY_OR_LATE = codes(['E', 'L'] as const);
const ACQUIRED_OR_DISPOSED = codes(['A', 'D'] as const);
const TRANSACTION_CODE = codes<TransactionCode>(TRANSACTION_CODES);

/**
 * Reads fields and collects warnings for values that were present but unreadable. A warning's path
 * is `prefix.field` (or `field` alone at the top level), built only when there is a warning: most
 * fields read cleanly, and building every path up front was a string per field.
 */
class Reader {
  readonly warnings: ParseWarning[] = [];

  /** The text of a field: its <value> child where it has one, else its own text. */
  text(parent: XmlElement | undefined, name: string): string | null {
    const el = child(parent, name);
    if (!el) return null;
    const valueEl = child(el, 'value');
    return readText(valueEl ? valueEl.text : el.text);
  }

  number(parent: XmlElement | undefined, name: string, prefix: string, field: string): number | null {
    return this.typed(parent, name, prefix, field, NUMBER);
  }

  date(parent: XmlElement | undefined, name: string, prefix: string, field: string): string | null {
    return this.typed(parent, name, prefix, field, DATE);
  }

  bool(parent: XmlElement | undefined, name: string, prefix: string, field: string): boolean | null {
    return this.typed(parent, name, prefix, field, BOOL);
  }

  cik(parent: XmlElement | undefined, name: string, prefix: string, field: string): string | null {
    return this.typed(parent, name, prefix, field, CIK);
  }

  /** One of a fixed set of codes (see codes()). */
  code<T extends string>(parent: XmlElement | undefined, name: string, prefix: string, field: string, type: FieldType<T>): T | null {
    return this.typed(parent, name, prefix, field, type);
  }

  /** A typed field: null when absent or empty; a value the type refuses is null with a warning. */
  private typed<V>(parent: XmlElement | undefined, name: string, prefix: string, field: string, type: FieldType<V>): V | null {
    const raw = this.text(parent, name);
    if (raw === null) return null;
    const value = type.read(raw);
    if (value === null) this.warn(prefix, field, raw, type.what);
    return value;
  }

  private warn(prefix: string, field: string, raw: string, what: string): void {
    this.warnings.push({ path: prefix === '' ? field : `${prefix}.${field}`, message: `"${raw}" is not ${what}; read as null` });
  }
}

/** What /^F\d+$/ matches: the footnote ids the contract carries. */
function isFootnoteId(id: string): boolean {
  if (id.length < 2 || id.charCodeAt(0) !== 0x46 /* F */) return false;
  for (let i = 1; i < id.length; i++) {
    const c = id.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/** Footnote ids anywhere inside `el`, in document order, without repeats, into `ids` and per field. */
function collectFootnotes(el: XmlElement, ids: string[], byField: Record<string, string[]>): void {
  for (const c of el.children) {
    if (c.name === 'footnoteId') {
      const id = attribute(c, 'id')?.trim();
      if (!id || !isFootnoteId(id)) continue;
      if (!ids.includes(id)) ids.push(id);
      const list = (byField[el.name] ??= []);
      if (!list.includes(id)) list.push(id);
    } else if (c.children.length !== 0) {
      collectFootnotes(c, ids, byField);
    }
  }
}

/**
 * The fields of every row, each added to `row` in the order of the contract's keys (JSON output
 * keeps insertion order) and read in that order (warnings keep reading order). Adding to one object
 * replaces the spreads of partial objects this once was: fewer objects per row.
 */
type RowFields = Record<string, unknown>;

function addOwnership(r: Reader, row: XmlElement, prefix: string, out: RowFields): void {
  const post = child(row, 'postTransactionAmounts');
  const nature = child(row, 'ownershipNature');
  out['sharesOwnedFollowingTransaction'] =
    r.number(post, 'sharesOwnedFollowingTransaction', prefix, 'sharesOwnedFollowingTransaction') ??
    r.number(post, 'valueOwnedFollowingTransaction', prefix, 'sharesOwnedFollowingTransaction');
  out['directOrIndirectOwnership'] = r.code(nature, 'directOrIndirectOwnership', prefix, 'directOrIndirectOwnership', D_OR_I);
  out['natureOfOwnership'] = r.text(nature, 'natureOfOwnership');
  const footnoteIds: string[] = [];
  const fieldFootnoteIds: Record<string, string[]> = {};
  collectFootnotes(row, footnoteIds, fieldFootnoteIds);
  out['footnoteIds'] = footnoteIds;
  out['fieldFootnoteIds'] = fieldFootnoteIds;
}

function addTransaction(r: Reader, row: XmlElement, prefix: string, out: RowFields): void {
  const coding = child(row, 'transactionCoding');
  const amounts = child(row, 'transactionAmounts');
  out['transactionDate'] = r.date(row, 'transactionDate', prefix, 'transactionDate');
  out['deemedExecutionDate'] = r.date(row, 'deemedExecutionDate', prefix, 'deemedExecutionDate');
  out['transactionCode'] = r.code(coding, 'transactionCode', prefix, 'transactionCode', TRANSACTION_CODE);
  out['transactionFormType'] = r.text(coding, 'transactionFormType');
  out['equitySwapInvolved'] = r.bool(coding, 'equitySwapInvolved', prefix, 'equitySwapInvolved') ?? false;
  out['transactionTimeliness'] = r.code(row, 'transactionTimeliness', prefix, 'transactionTimeliness', EARLY_OR_LATE);
  out['shares'] = r.number(amounts, 'transactionShares', prefix, 'shares') ?? r.number(amounts, 'transactionTotalValue', prefix, 'shares');
  out['pricePerShare'] = r.number(amounts, 'transactionPricePerShare', prefix, 'pricePerShare');
  out['acquiredDisposedCode'] = r.code(amounts, 'transactionAcquiredDisposedCode', prefix, 'acquiredDisposedCode', ACQUIRED_OR_DISPOSED);
}

function addDerivative(r: Reader, row: XmlElement, prefix: string, out: RowFields): void {
  const underlying = child(row, 'underlyingSecurity');
  out['conversionOrExercisePrice'] = r.number(row, 'conversionOrExercisePrice', prefix, 'conversionOrExercisePrice');
  out['exerciseDate'] = r.date(row, 'exerciseDate', prefix, 'exerciseDate');
  out['expirationDate'] = r.date(row, 'expirationDate', prefix, 'expirationDate');
  out['underlyingSecurityTitle'] = r.text(underlying, 'underlyingSecurityTitle');
  out['underlyingSecurityShares'] =
    r.number(underlying, 'underlyingSecurityShares', prefix, 'underlyingSecurityShares') ??
    r.number(underlying, 'underlyingSecurityValue', prefix, 'underlyingSecurityShares');
}

/**
 * A row starting with its security title. The contract types the title as a string, never null; a
 * row without one keeps the row (its amounts are still facts) with "" and a warning, rather than
 * losing the filing.
 */
function rowWithTitle(r: Reader, row: XmlElement, prefix: string): RowFields {
  const title = r.text(row, 'securityTitle');
  if (title === null) r.warnings.push({ path: `${prefix}.securityTitle`, message: 'no security title given; read as ""' });
  return { securityTitle: title ?? '' };
}

function holdingFormType(r: Reader, row: XmlElement): string | null {
  return r.text(child(row, 'transactionCoding'), 'transactionFormType');
}

function reportingOwner(r: Reader, el: XmlElement, i: number): ReportingOwner {
  const prefix = `reportingOwners[${i}]`;
  const id = child(el, 'reportingOwnerId');
  const addr = child(el, 'reportingOwnerAddress');
  const rel = child(el, 'reportingOwnerRelationship');
  const name = r.text(id, 'rptOwnerName');
  if (name === null) throw new ParseError('MISSING_FIELD', `reporting owner ${i + 1} has no rptOwnerName`);
  const relPrefix = `${prefix}.relationship`;
  return {
    cik: r.cik(id, 'rptOwnerCik', prefix, 'cik'),
    name,
    address: {
      street1: r.text(addr, 'rptOwnerStreet1'),
      street2: r.text(addr, 'rptOwnerStreet2'),
      city: r.text(addr, 'rptOwnerCity'),
      state: r.text(addr, 'rptOwnerState'),
      zipCode: r.text(addr, 'rptOwnerZipCode'),
    },
    relationship: {
      isDirector: r.bool(rel, 'isDirector', relPrefix, 'isDirector') ?? false,
      isOfficer: r.bool(rel, 'isOfficer', relPrefix, 'isOfficer') ?? false,
      isTenPercentOwner: r.bool(rel, 'isTenPercentOwner', relPrefix, 'isTenPercentOwner') ?? false,
      isOther: r.bool(rel, 'isOther', relPrefix, 'isOther') ?? false,
      officerTitle: r.text(rel, 'officerTitle'),
      otherText: r.text(rel, 'otherText'),
    },
  };
}

function documentType(raw: string | null): DocumentType {
  if (raw === null) throw new ParseError('MISSING_FIELD', 'ownershipDocument has no documentType');
  const t = raw.toUpperCase().replace(/\s+/g, '');
  if (!(DOCUMENT_TYPES as readonly string[]).includes(t)) {
    throw new ParseError('UNSUPPORTED_DOCUMENT_TYPE', `documentType "${raw}" is not a Form 3, 4 or 5 (or their amendments)`);
  }
  return t as DocumentType;
}

/** A row cites a footnote the document never defines: its text is lost, so say so (once per row and id). */
function warnUndefinedFootnotes(r: Reader, footnotes: ReadonlyArray<{ id: string }>, tables: ReadonlyArray<[string, ReadonlyArray<{ footnoteIds: string[] }>]>): void {
  const defined = new Set(footnotes.map((f) => f.id));
  for (const [table, rows] of tables) {
    // A row's footnoteIds hold every id cited anywhere in it, each once (collectFootnotes).
    rows.forEach((row, i) => {
      for (const id of row.footnoteIds) if (!defined.has(id)) r.warnings.push({ path: `${table}[${i}].footnoteIds`, message: `footnote ${id} is cited but not defined in <footnotes>` });
    });
  }
}

/** Map an <ownershipDocument> element (any schema version X0101..X0508) to the canonical filing. */
export function ownershipDocumentToFiling(doc: XmlElement): FilingBody {
  if (doc.name !== 'ownershipDocument') {
    throw new ParseError('NOT_OWNERSHIP_DOCUMENT', `root element is <${doc.name}>, not <ownershipDocument>`);
  }
  const r = new Reader();
  const type = documentType(r.text(doc, 'documentType'));
  const period = r.date(doc, 'periodOfReport', '', 'periodOfReport');
  if (period === null) throw new ParseError('MISSING_FIELD', 'ownershipDocument has no readable periodOfReport');

  const issuerEl = child(doc, 'issuer');
  const issuerName = r.text(issuerEl, 'issuerName');
  if (issuerName === null) throw new ParseError('MISSING_FIELD', 'ownershipDocument has no issuerName');

  const owners = children(doc, 'reportingOwner').map((el, i) => reportingOwner(r, el, i));
  if (owners.length === 0) throw new ParseError('MISSING_FIELD', 'ownershipDocument has no reportingOwner');

  const ndTable = child(doc, 'nonDerivativeTable');
  const dTable = child(doc, 'derivativeTable');

  const nonDerivativeTransactions = children(ndTable, 'nonDerivativeTransaction').map((row, i) => {
    const prefix = `nonDerivativeTransactions[${i}]`;
    const out = rowWithTitle(r, row, prefix);
    addTransaction(r, row, prefix, out);
    addOwnership(r, row, prefix, out);
    return out as NonDerivativeTransaction;
  });
  const nonDerivativeHoldings = children(ndTable, 'nonDerivativeHolding').map((row, i) => {
    const prefix = `nonDerivativeHoldings[${i}]`;
    const out = rowWithTitle(r, row, prefix);
    out['transactionFormType'] = holdingFormType(r, row);
    addOwnership(r, row, prefix, out);
    return out as NonDerivativeHolding;
  });
  const derivativeTransactions = children(dTable, 'derivativeTransaction').map((row, i) => {
    const prefix = `derivativeTransactions[${i}]`;
    const out = rowWithTitle(r, row, prefix);
    addDerivative(r, row, prefix, out);
    addTransaction(r, row, prefix, out);
    addOwnership(r, row, prefix, out);
    return out as DerivativeTransaction;
  });
  const derivativeHoldings = children(dTable, 'derivativeHolding').map((row, i) => {
    const prefix = `derivativeHoldings[${i}]`;
    const out = rowWithTitle(r, row, prefix);
    out['transactionFormType'] = holdingFormType(r, row);
    addDerivative(r, row, prefix, out);
    addOwnership(r, row, prefix, out);
    return out as DerivativeHolding;
  });

  const footnotes: { id: string; text: string }[] = [];
  for (const f of children(child(doc, 'footnotes'), 'footnote')) {
    const id = attribute(f, 'id')?.trim();
    if (id && isFootnoteId(id)) footnotes.push({ id, text: readText(deepText(f)) ?? '' });
  }
  warnUndefinedFootnotes(r, footnotes, [
    ['nonDerivativeTransactions', nonDerivativeTransactions],
    ['nonDerivativeHoldings', nonDerivativeHoldings],
    ['derivativeTransactions', derivativeTransactions],
    ['derivativeHoldings', derivativeHoldings],
  ]);
  const remarksEl = child(doc, 'remarks');
  const signatures = children(doc, 'ownerSignature').map((s, i) => {
    const name = r.text(s, 'signatureName');
    if (name === null) r.warnings.push({ path: `signatures[${i}].name`, message: 'signature has no name; read as ""' });
    return { name: name ?? '', date: r.date(s, 'signatureDate', `signatures[${i}]`, 'date') };
  });

  return {
    schemaVersion: '1',
    documentType: type,
    periodOfReport: period,
    dateOfOriginalSubmission: r.date(doc, 'dateOfOriginalSubmission', '', 'dateOfOriginalSubmission'),
    notSubjectToSection16: r.bool(doc, 'notSubjectToSection16', '', 'notSubjectToSection16') ?? false,
    noSecuritiesOwned: r.bool(doc, 'noSecuritiesOwned', '', 'noSecuritiesOwned'),
    aff10b5One: r.bool(doc, 'aff10b5One', '', 'aff10b5One'),
    form3HoldingsReported: r.bool(doc, 'form3HoldingsReported', '', 'form3HoldingsReported'),
    form4TransactionsReported: r.bool(doc, 'form4TransactionsReported', '', 'form4TransactionsReported'),
    issuer: {
      cik: r.cik(issuerEl, 'issuerCik', 'issuer', 'cik'),
      name: issuerName,
      tradingSymbol: r.text(issuerEl, 'issuerTradingSymbol'),
    },
    reportingOwners: owners,
    nonDerivativeTransactions,
    nonDerivativeHoldings,
    derivativeTransactions,
    derivativeHoldings,
    footnotes,
    remarks: remarksEl ? readText(deepText(remarksEl)) : null,
    signatures,
    warnings: r.warnings,
  };
}
