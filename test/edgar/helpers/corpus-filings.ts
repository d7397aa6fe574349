import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR } from '../../helpers/paths';

/** A real submission of the corpus and what its own SGML header says about it. */
export interface CorpusSubmission {
  path: string;
  accession: string;
  form: string;
  /** FILED AS OF DATE, as YYYY-MM-DD. */
  filingDate: string;
  /** ACCEPTANCE-DATETIME, as EDGAR's submissions API writes it (ISO, Z). */
  acceptanceDateTime: string;
  issuerCik: string;
  ownerCiks: string[];
  ownerNames: string[];
}

export const AAPL_CIK = '0000320193';
const AAPL_DIR = join(CORPUS_DIR, 'johnxiao3_stockwise', 'sec-edgar-filings', 'AAPL', '4');

function header(text: string): string {
  return text.slice(0, text.indexOf('</SEC-HEADER>'));
}

/** The corpus's AAPL Form 4 submissions (johnxiao3_stockwise), oldest accession first. */
export function aaplSubmissions(): CorpusSubmission[] {
  return readdirSync(AAPL_DIR)
    .sort()
    .map((acc) => {
      const path = join(AAPL_DIR, acc, 'full-submission.txt');
      const h = header(readFileSync(path, 'latin1'));
      const get = (re: RegExp): string => {
        const m = re.exec(h);
        if (!m) throw new Error(`${path}: no ${re}`);
        return m[1]!.trim();
      };
      const filed = get(/FILED AS OF DATE:\s*(\d{8})/);
      const accepted = get(/<ACCEPTANCE-DATETIME>(\d{14})/);
      const issuer = /ISSUER:[\s\S]*?CENTRAL INDEX KEY:\s*(\d{10})/.exec(h)![1]!;
      const owners = [...h.matchAll(/REPORTING-OWNER:[\s\S]*?COMPANY CONFORMED NAME:\s*([^\n]+)\n\s*CENTRAL INDEX KEY:\s*(\d{10})/g)];
      return {
        path,
        accession: get(/ACCESSION NUMBER:\s*(\S+)/),
        form: get(/CONFORMED SUBMISSION TYPE:\s*(\S+)/),
        filingDate: `${filed.slice(0, 4)}-${filed.slice(4, 6)}-${filed.slice(6, 8)}`,
        acceptanceDateTime: `${accepted.slice(0, 4)}-${accepted.slice(4, 6)}-${accepted.slice(6, 8)}T${accepted.slice(8, 10)}:${accepted.slice(10, 12)}:${accepted.slice(12, 14)}.000Z`,
        issuerCik: issuer,
        ownerCiks: owners.map((m) => m[2]!),
        ownerNames: owners.map((m) => m[1]!.trim()),
      };
    });
}
