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
import * as v from './values';
import { attribute, child, children, deepText, type XmlElement } from './xml-tree';

/** Everything of a filing but `source`, which the caller knows and this mapping does not. */
export type FilingBody = Omit<Filing, 'source'>;

/** Collects warnings for values that were present but unreadable. */
class Reader {
  readonly warnings: ParseWarning[] = [];

  /** The text of a field: its <value> child where it has one, else its own text. */
  text(parent: XmlElement | undefined, name: string): string | null {
    const el = child(parent, name);
    if (!el) return null;
    const valueEl = child(el, 'value');
    return v.text(valueEl ? valueEl.text : el.text);
  }

  number(parent: XmlElement | undefined, name: string, path: string): number | null {
    return this.convert(parent, name, path, v.number, 'a number');
  }

  date(parent: XmlElement | undefined, name: string, path: string): string | null {
    return this.convert(parent, name, path, v.date, 'a date');
  }

  bool(parent: XmlElement | undefined, name: string, path: string): boolean | null {
    return this.convert(parent, name, path, v.bool, 'a boolean (0, 1, true or false)');
  }

  cik(parent: XmlElement | undefined, name: string, path: string): string | null {
    return this.convert(parent, name, path, v.cik, 'a CIK of up to ten digits');
  }

  /** One of a fixed set of codes, compared case-blind. */
  code<T extends string>(parent: XmlElement | undefined, name: string, path: string, allowed: readonly T[]): T | null {
    const upper = (s: string | null): T | null => {
      if (s === null) return null;
      const u = s.toUpperCase() as T;
      return allowed.includes(u) ? u : null;
    };
    return this.convert(parent, name, path, upper, () => `one of ${allowed.join(', ')}`);
  }

  private convert<T>(
    parent: XmlElement | undefined,
    name: string,
    path: string,
    fn: (s: string | null) => T | null,
    what: string | (() => string),
  ): T | null {
    const raw = this.text(parent, name);
    if (raw === null) return null;
    const value = fn(raw);
    if (value === null) {
      this.warnings.push({ path, message: `"${raw}" is not ${typeof what === 'string' ? what : what()}; read as null` });
    }
    return value;
  }
}

/** Footnote ids anywhere inside a row, in document order, without repeats; also grouped by field. */
function footnotesOf(row: XmlElement): { footnoteIds: string[]; fieldFootnoteIds: Record<string, string[]> } {
  const ids: string[] = [];
  const byField: Record<string, string[]> = {};
  const walk = (el: XmlElement): void => {
    for (const c of el.children) {
      if (c.name === 'footnoteId') {
        const id = attribute(c, 'id')?.trim();
        if (!id || !/^F\d+$/.test(id)) continue;
        if (!ids.includes(id)) ids.push(id);
        const list = (byField[el.name] ??= []);
        if (!list.includes(id)) list.push(id);
      } else {
        walk(c);
      }
    }
  };
  walk(row);
  return { footnoteIds: ids, fieldFootnoteIds: byField };
}

function ownership(r: Reader, row: XmlElement, path: string) {
  const post = child(row, 'postTransactionAmounts');
  const nature = child(row, 'ownershipNature');
  return {
    sharesOwnedFollowingTransaction:
      r.number(post, 'sharesOwnedFollowingTransaction', `${path}.sharesOwnedFollowingTransaction`) ??
      r.number(post, 'valueOwnedFollowingTransaction', `${path}.sharesOwnedFollowingTransaction`),
    directOrIndirectOwnership: r.code(nature, 'directOrIndirectOwnership', `${path}.directOrIndirectOwnership`, ['D', 'I'] as const),
    natureOfOwnership: r.text(nature, 'natureOfOwnership'),
    ...footnotesOf(row),
  };
}

function transaction(r: Reader, row: XmlElement, path: string) {
  const coding = child(row, 'transactionCoding');
  const amounts = child(row, 'transactionAmounts');
  return {
    transactionDate: r.date(row, 'transactionDate', `${path}.transactionDate`),
    deemedExecutionDate: r.date(row, 'deemedExecutionDate', `${path}.deemedExecutionDate`),
    transactionCode: r.code<TransactionCode>(coding, 'transactionCode', `${path}.transactionCode`, TRANSACTION_CODES),
    transactionFormType: r.text(coding, 'transactionFormType'),
    equitySwapInvolved: r.bool(coding, 'equitySwapInvolved', `${path}.equitySwapInvolved`) ?? false,
    transactionTimeliness: r.code(row, 'transactionTimeliness', `${path}.transactionTimeliness`, ['E', 'L'] as const),
    shares:
      r.number(amounts, 'transactionShares', `${path}.shares`) ?? r.number(amounts, 'transactionTotalValue', `${path}.shares`),
    pricePerShare: r.number(amounts, 'transactionPricePerShare', `${path}.pricePerShare`),
    acquiredDisposedCode: r.code(amounts, 'transactionAcquiredDisposedCode', `${path}.acquiredDisposedCode`, ['A', 'D'] as const),
  };
}

function derivative(r: Reader, row: XmlElement, path: string) {
  const underlying = child(row, 'underlyingSecurity');
  return {
    conversionOrExercisePrice: r.number(row, 'conversionOrExercisePrice', `${path}.conversionOrExercisePrice`),
    exerciseDate: r.date(row, 'exerciseDate', `${path}.exerciseDate`),
    expirationDate: r.date(row, 'expirationDate', `${path}.expirationDate`),
    underlyingSecurityTitle: r.text(underlying, 'underlyingSecurityTitle'),
    underlyingSecurityShares:
      r.number(underlying, 'underlyingSecurityShares', `${path}.underlyingSecurityShares`) ??
      r.number(underlying, 'underlyingSecurityValue', `${path}.underlyingSecurityShares`),
  };
}

/**
 * The contract types a security title as a string, never null; a row without one keeps the row (its
 * amounts are still facts) with "" and a warning, rather than losing the filing.
 */
function securityTitle(r: Reader, row: XmlElement, path: string): string {
  const title = r.text(row, 'securityTitle');
  if (title === null) r.warnings.push({ path: `${path}.securityTitle`, message: 'no security title given; read as ""' });
  return title ?? '';
}

function holdingFormType(r: Reader, row: XmlElement): string | null {
  return r.text(child(row, 'transactionCoding'), 'transactionFormType');
}

function reportingOwner(r: Reader, el: XmlElement, i: number): ReportingOwner {
  const path = `reportingOwners[${i}]`;
  const id = child(el, 'reportingOwnerId');
  const addr = child(el, 'reportingOwnerAddress');
  const rel = child(el, 'reportingOwnerRelationship');
  const name = r.text(id, 'rptOwnerName');
  if (name === null) throw new ParseError('MISSING_FIELD', `reporting owner ${i + 1} has no rptOwnerName`);
  const flag = (f: string) => r.bool(rel, f, `${path}.relationship.${f}`) ?? false;
  return {
    cik: r.cik(id, 'rptOwnerCik', `${path}.cik`),
    name,
    address: {
      street1: r.text(addr, 'rptOwnerStreet1'),
      street2: r.text(addr, 'rptOwnerStreet2'),
      city: r.text(addr, 'rptOwnerCity'),
      state: r.text(addr, 'rptOwnerState'),
      zipCode: r.text(addr, 'rptOwnerZipCode'),
    },
    relationship: {
      isDirector: flag('isDirector'),
      isOfficer: flag('isOfficer'),
      isTenPercentOwner: flag('isTenPercentOwner'),
      isOther: flag('isOther'),
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

/** Map an <ownershipDocument> element (any schema version X0101..X0508) to the canonical filing. */
export function ownershipDocumentToFiling(doc: XmlElement): FilingBody {
  if (doc.name !== 'ownershipDocument') {
    throw new ParseError('NOT_OWNERSHIP_DOCUMENT', `root element is <${doc.name}>, not <ownershipDocument>`);
  }
  const r = new Reader();
  const type = documentType(r.text(doc, 'documentType'));
  const period = r.date(doc, 'periodOfReport', 'periodOfReport');
  if (period === null) throw new ParseError('MISSING_FIELD', 'ownershipDocument has no readable periodOfReport');

  const issuerEl = child(doc, 'issuer');
  const issuerName = r.text(issuerEl, 'issuerName');
  if (issuerName === null) throw new ParseError('MISSING_FIELD', 'ownershipDocument has no issuerName');

  const owners = children(doc, 'reportingOwner').map((el, i) => reportingOwner(r, el, i));
  if (owners.length === 0) throw new ParseError('MISSING_FIELD', 'ownershipDocument has no reportingOwner');

  const ndTable = child(doc, 'nonDerivativeTable');
  const dTable = child(doc, 'derivativeTable');

  const nonDerivativeTransactions: NonDerivativeTransaction[] = children(ndTable, 'nonDerivativeTransaction').map((row, i) => {
    const path = `nonDerivativeTransactions[${i}]`;
    return { securityTitle: securityTitle(r, row, path), ...transaction(r, row, path), ...ownership(r, row, path) };
  });
  const nonDerivativeHoldings: NonDerivativeHolding[] = children(ndTable, 'nonDerivativeHolding').map((row, i) => {
    const path = `nonDerivativeHoldings[${i}]`;
    return { securityTitle: securityTitle(r, row, path), transactionFormType: holdingFormType(r, row), ...ownership(r, row, path) };
  });
  const derivativeTransactions: DerivativeTransaction[] = children(dTable, 'derivativeTransaction').map((row, i) => {
    const path = `derivativeTransactions[${i}]`;
    return {
      securityTitle: securityTitle(r, row, path),
      ...derivative(r, row, path),
      ...transaction(r, row, path),
      ...ownership(r, row, path),
    };
  });
  const derivativeHoldings: DerivativeHolding[] = children(dTable, 'derivativeHolding').map((row, i) => {
    const path = `derivativeHoldings[${i}]`;
    return {
      securityTitle: securityTitle(r, row, path),
      transactionFormType: holdingFormType(r, row),
      ...derivative(r, row, path),
      ...ownership(r, row, path),
    };
  });

  const footnotes = children(child(doc, 'footnotes'), 'footnote').flatMap((f) => {
    const id = attribute(f, 'id')?.trim();
    return id && /^F\d+$/.test(id) ? [{ id, text: v.text(deepText(f)) ?? '' }] : [];
  });
  const remarksEl = child(doc, 'remarks');
  const signatures = children(doc, 'ownerSignature').map((s, i) => {
    const name = r.text(s, 'signatureName');
    if (name === null) r.warnings.push({ path: `signatures[${i}].name`, message: 'signature has no name; read as ""' });
    return { name: name ?? '', date: r.date(s, 'signatureDate', `signatures[${i}].date`) };
  });

  return {
    schemaVersion: '1',
    documentType: type,
    periodOfReport: period,
    dateOfOriginalSubmission: r.date(doc, 'dateOfOriginalSubmission', 'dateOfOriginalSubmission'),
    notSubjectToSection16: r.bool(doc, 'notSubjectToSection16', 'notSubjectToSection16') ?? false,
    noSecuritiesOwned: r.bool(doc, 'noSecuritiesOwned', 'noSecuritiesOwned'),
    aff10b5One: r.bool(doc, 'aff10b5One', 'aff10b5One'),
    form3HoldingsReported: r.bool(doc, 'form3HoldingsReported', 'form3HoldingsReported'),
    form4TransactionsReported: r.bool(doc, 'form4TransactionsReported', 'form4TransactionsReported'),
    issuer: {
      cik: r.cik(issuerEl, 'issuerCik', 'issuer.cik'),
      name: issuerName,
      tradingSymbol: r.text(issuerEl, 'issuerTradingSymbol'),
    },
    reportingOwners: owners,
    nonDerivativeTransactions,
    nonDerivativeHoldings,
    derivativeTransactions,
    derivativeHoldings,
    footnotes,
    remarks: remarksEl ? v.text(deepText(remarksEl)) : null,
    signatures,
    warnings: r.warnings,
  };
}
