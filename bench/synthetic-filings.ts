/**
 * A synthetic stream of Form 4 ownership XML documents with shapes like EDGAR's: thousands of issuers,
 * tens of thousands of insiders (most at one issuer, a few at two or three), heavy-tailed filing
 * counts per insider, 1-8 rows per filing, codes in roughly EDGAR's proportions, option exercises
 * with their Table II row, indirect trust lines, some amendments, and filings arriving out of date order.
 */

export interface SyntheticOptions {
  transactions: number;
  issuers?: number;
  insiders?: number;
  seed?: number;
}

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CODES: Array<[string, number, 'A' | 'D']> = [
  ['S', 0.34, 'D'], ['F', 0.18, 'D'], ['A', 0.16, 'A'], ['M', 0.14, 'A'], ['P', 0.06, 'A'], ['G', 0.06, 'D'], ['J', 0.03, 'A'], ['D', 0.03, 'D'],
];
const TITLES = ['Chief Executive Officer', 'Chief Financial Officer', 'General Counsel', 'SVP, Sales', 'VP, Engineering', 'Chief Operating Officer'];
const SURNAMES = ['Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez', 'Hernandez', 'Lopez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Jackson', 'Martin', 'Lee'];
const GIVEN = ['James', 'Mary', 'Robert', 'Patricia', 'John', 'Jennifer', 'Michael', 'Linda', 'David', 'Elizabeth', 'William', 'Barbara', 'Richard', 'Susan'];

interface Insider {
  cik: string;
  name: string;
  issuers: number[];
  role: 'officer' | 'director' | 'owner';
  title: string;
  balance: number;
  trust: number;
  grants: Array<{ price: string; expiration: string; left: number }>;
}

const cik = (n: number): string => String(n).padStart(10, '0');
const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export interface SyntheticDocument {
  name: string;
  xml: string;
  transactions: number;
}

/** Yields documents until about `transactions` Table I and II transaction rows have been produced. */
export function* syntheticFilings(o: SyntheticOptions): Generator<SyntheticDocument> {
  const rand = rng(o.seed ?? 42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const nIssuers = o.issuers ?? Math.max(50, Math.min(5000, Math.round(o.transactions / 200)));
  const nInsiders = o.insiders ?? Math.max(200, Math.min(50000, Math.round(o.transactions / 20)));
  const insiders: Insider[] = [];
  for (let i = 0; i < nInsiders; i++) {
    const issuers = [Math.floor(rand() * nIssuers)];
    if (rand() < 0.08) issuers.push(Math.floor(rand() * nIssuers));
    const r = rand();
    insiders.push({
      cik: cik(1_500_000 + i),
      name: `${pick(SURNAMES)}${i} ${pick(GIVEN)} ${String.fromCharCode(65 + Math.floor(rand() * 26))}.`,
      issuers,
      role: r < 0.6 ? 'officer' : r < 0.95 ? 'director' : 'owner',
      title: pick(TITLES),
      balance: 1000 + Math.floor(rand() * 500_000),
      trust: rand() < 0.2 ? Math.floor(rand() * 100_000) : 0,
      grants: [],
    });
  }
  // Heavy tail: an insider's weight is 1/u^0.7, so a few file very often and most rarely.
  const weights = insiders.map(() => 1 / Math.pow(rand() + 0.01, 0.7));
  const total = weights.reduce((a, b) => a + b, 0);
  const cumulative: number[] = [];
  let acc = 0;
  for (const w of weights) cumulative.push((acc += w / total));
  const drawInsider = (): Insider => {
    const u = rand();
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < u) lo = mid + 1;
      else hi = mid;
    }
    return insiders[lo]!;
  };

  let made = 0;
  let serial = 0;
  while (made < o.transactions) {
    const who = drawInsider();
    const issuer = pick(who.issuers);
    // Dates drift forward with jitter, so files arrive roughly but not exactly in date order.
    const day = Math.min(3650, Math.floor((made / o.transactions) * 3650 + (rand() - 0.5) * 120));
    const d = new Date(Date.UTC(2015, 0, 1) + Math.max(0, day) * 86_400_000);
    const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
    const signed = new Date(d.getTime() + 2 * 86_400_000).toISOString().slice(0, 10);
    const rows = Math.min(8, 1 + Math.floor(-Math.log(1 - rand()) * 1.6));
    const nd: string[] = [];
    const deriv: string[] = [];
    for (let r = 0; r < rows; r++) {
      let u = rand();
      let code: [string, number, 'A' | 'D'] = CODES[0]!;
      for (const c of CODES) {
        if ((u -= c[1]) <= 0) {
          code = c;
          break;
        }
      }
      const shares = 100 + Math.floor(rand() * 20_000);
      if (code[0] === 'M') {
        if (who.grants.length === 0 || rand() < 0.2) {
          who.grants.push({ price: (5 + rand() * 200).toFixed(2), expiration: `${2020 + Math.floor(rand() * 15)}-0${1 + Math.floor(rand() * 9)}-15`, left: 200_000 });
        }
        const g = pick(who.grants);
        g.left = Math.max(0, g.left - shares);
        deriv.push(derivativeRow(date, shares, g.price, g.expiration, g.left));
      }
      who.balance = Math.max(0, who.balance + (code[2] === 'A' ? shares : -shares));
      nd.push(nonDerivativeRow(date, code[0], code[2], shares, (10 + rand() * 300).toFixed(2), who.balance, who.trust > 0 && rand() < 0.15));
    }
    serial++;
    const amend = rand() < 0.02;
    const xml = ownershipXml({
      documentType: amend ? '4/A' : '4',
      period: date,
      original: amend ? signed : null,
      issuerCik: cik(1_000_000 + issuer),
      issuerName: `Synthetic Issuer ${issuer} Inc`,
      ticker: `SY${issuer}`,
      owner: who,
      nd: nd.join('') + (who.trust > 0 ? holdingRow(who.trust) : ''),
      deriv: deriv.join(''),
      signed,
    });
    made += nd.length + deriv.length;
    yield { name: `synthetic-${serial}.xml`, xml, transactions: nd.length + deriv.length };
  }
}

const v = (tag: string, value: string | number): string => `<${tag}><value>${value}</value></${tag}>`;

function nonDerivativeRow(date: string, code: string, ad: string, shares: number, price: string, after: number, indirect: boolean): string {
  return `<nonDerivativeTransaction>${v('securityTitle', 'Common Stock')}${v('transactionDate', date)}<transactionCoding><transactionFormType>4</transactionFormType><transactionCode>${code}</transactionCode><equitySwapInvolved>0</equitySwapInvolved></transactionCoding><transactionAmounts>${v('transactionShares', shares)}${v('transactionPricePerShare', price)}${v('transactionAcquiredDisposedCode', ad)}</transactionAmounts><postTransactionAmounts>${v('sharesOwnedFollowingTransaction', after)}</postTransactionAmounts><ownershipNature>${v('directOrIndirectOwnership', indirect ? 'I' : 'D')}${indirect ? v('natureOfOwnership', 'By Family Trust') : ''}</ownershipNature></nonDerivativeTransaction>`;
}

function holdingRow(shares: number): string {
  return `<nonDerivativeHolding>${v('securityTitle', 'Common Stock')}<postTransactionAmounts>${v('sharesOwnedFollowingTransaction', shares)}</postTransactionAmounts><ownershipNature>${v('directOrIndirectOwnership', 'I')}${v('natureOfOwnership', 'By Family Trust')}</ownershipNature></nonDerivativeHolding>`;
}

function derivativeRow(date: string, shares: number, price: string, expiration: string, left: number): string {
  return `<derivativeTransaction>${v('securityTitle', 'Employee Stock Option (right to buy)')}${v('conversionOrExercisePrice', price)}${v('transactionDate', date)}<transactionCoding><transactionFormType>4</transactionFormType><transactionCode>M</transactionCode><equitySwapInvolved>0</equitySwapInvolved></transactionCoding><transactionAmounts>${v('transactionShares', shares)}${v('transactionPricePerShare', 0)}${v('transactionAcquiredDisposedCode', 'D')}</transactionAmounts>${v('exerciseDate', '2015-01-01')}${v('expirationDate', expiration)}<underlyingSecurity>${v('underlyingSecurityTitle', 'Common Stock')}${v('underlyingSecurityShares', shares)}</underlyingSecurity><postTransactionAmounts>${v('sharesOwnedFollowingTransaction', left)}</postTransactionAmounts><ownershipNature>${v('directOrIndirectOwnership', 'D')}</ownershipNature></derivativeTransaction>`;
}

function ownershipXml(f: {
  documentType: string;
  period: string;
  original: string | null;
  issuerCik: string;
  issuerName: string;
  ticker: string;
  owner: Insider;
  nd: string;
  deriv: string;
  signed: string;
}): string {
  const o = f.owner;
  return `<?xml version="1.0"?>
<ownershipDocument><schemaVersion>X0508</schemaVersion><documentType>${f.documentType}</documentType><periodOfReport>${f.period}</periodOfReport>${f.original ? `<dateOfOriginalSubmission>${f.original}</dateOfOriginalSubmission>` : ''}<notSubjectToSection16>0</notSubjectToSection16>
<issuer><issuerCik>${f.issuerCik}</issuerCik><issuerName>${f.issuerName}</issuerName><issuerTradingSymbol>${f.ticker}</issuerTradingSymbol></issuer>
<reportingOwner><reportingOwnerId><rptOwnerCik>${o.cik}</rptOwnerCik><rptOwnerName>${o.name}</rptOwnerName></reportingOwnerId><reportingOwnerAddress><rptOwnerStreet1>1 Main St</rptOwnerStreet1><rptOwnerStreet2></rptOwnerStreet2><rptOwnerCity>Springfield</rptOwnerCity><rptOwnerState>CA</rptOwnerState><rptOwnerZipCode>90000</rptOwnerZipCode></reportingOwnerAddress>
<reportingOwnerRelationship><isDirector>${o.role === 'director' ? 1 : 0}</isDirector><isOfficer>${o.role === 'officer' ? 1 : 0}</isOfficer><isTenPercentOwner>${o.role === 'owner' ? 1 : 0}</isTenPercentOwner><isOther>0</isOther>${o.role === 'officer' ? `<officerTitle>${o.title}</officerTitle>` : ''}</reportingOwnerRelationship></reportingOwner>
<aff10b5One>0</aff10b5One><nonDerivativeTable>${f.nd}</nonDerivativeTable><derivativeTable>${f.deriv}</derivativeTable>
<footnotes></footnotes><remarks></remarks><ownerSignature><signatureName>${o.name}</signatureName><signatureDate>${f.signed}</signatureDate></ownerSignature></ownershipDocument>
`;
}
