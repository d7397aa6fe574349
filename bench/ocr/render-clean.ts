import type { Filing } from '../../src/parser';
import { FORMS, rowCells, type Col, type FormText } from './forms';
import { mdy, oneLine } from './format';
import type { FormKind } from './truth';

/**
 * The clean look (seeds 001 and 003): the page as an HTML-to-text OCR export gives it, filled
 * values underlined, check boxes as markup, one tab-separated line per table row.
 */
export function renderClean(f: Filing, form: FormKind): string {
  const t = FORMS[form];
  const owner = f.reportingOwners[0]!;
  const a = owner.address;
  const u = (s: string | null): string => (s === null || s.trim() === '' ? '' : `<u>${oneLine(s)}</u>`);
  const box = (on: boolean): string => (on ? '<input checked="" type="checkbox"/> ' : '');
  const cityLine = [a.city, a.state, a.zipCode].filter((x) => x !== null && x !== '').join(' ');
  const r = owner.relationship;
  const titleText = r.isOfficer ? r.officerTitle : r.isOther ? r.otherText : null;
  const out: string[] = [];
  out.push(`FORM ${form}`, '', 'OMB APPROVAL\t', 'OMB Number:\t3235-0287', 'Estimated average burden hours per response:\t0.5', '');
  out.push(t.title, '');
  if (form !== '3') out.push(`${box(f.notSubjectToSection16 === true)}Check this box if no longer subject to Section 16. Form 4 or Form 5 obligations may continue. See Instruction 1(b).`, '');
  out.push('Filed pursuant to Section 16(a) of the Securities Exchange Act of 1934 or Section 30(h) of the Investment Company Act of 1940', '');
  const nameBox = `${t.boxes.name} ${u(owner.name)} (Last) (First) (Middle) ${u(a.street1)} ${u(a.street2)} (Street) ${u(cityLine)} (City) (State) (Zip)`.replace(/ +/g, ' ');
  const issuerBox = `${t.boxes.issuer} ${u(`${f.issuer.name}${f.issuer.tradingSymbol ? ` [${f.issuer.tradingSymbol}]` : ''}`)}`;
  const relBox = `${t.boxes.relationship} ${box(r.isDirector)}Director ${box(r.isTenPercentOwner)}10% Owner ${box(r.isOfficer)}Officer (give title below) ${box(r.isOther)}Other (specify below) ${u(titleText)}`.trim();
  const periodBox = `${t.boxes.period} ${u(mdy(f.periodOfReport))}`;
  const amendBox = `${t.boxes.amendment} ${u(mdy(f.dateOfOriginalSubmission ?? null))}`.trim();
  if (form === '3') {
    out.push(`${nameBox}\t${periodBox}\t${issuerBox}`, `\t${relBox}\t${amendBox}`, `\t${t.boxes.joint}\t`, '');
  } else {
    out.push(`${nameBox}\t${issuerBox}\t${relBox}`, `\t${periodBox}\t`, `${amendBox}\t\t`, '');
  }
  table(out, t, 'I', f);
  table(out, t, 'II', f);
  out.push('Explanation of Responses:', '');
  for (const fn of f.footnotes) out.push(`${fn.id.slice(1)}. ${oneLine(fn.text)}`);
  out.push('', 'Remarks:', '');
  if (f.remarks) out.push(oneLine(f.remarks), '');
  const sig = f.signatures[0];
  if (sig) out.push(oneLine(sig.name), '', mdy(sig.date), '');
  out.push('** Signature of Reporting Person', '', 'Date', '');
  out.push('Reminder: Report on a separate line for each class of securities beneficially owned directly or indirectly.', '');
  out.push('Persons who respond to the collection of information contained in this form are not required to respond unless the form displays a currently valid OMB Number.');
  return out.join('\n');
}

function table(out: string[], t: FormText, which: 'I' | 'II', f: Filing): void {
  const spec = which === 'I' ? t.tableI : t.tableII;
  out.push(spec.heading, '', spec.captions.join('\t'));
  if (spec.subCaptions.length > 0) out.push(spec.subCaptions.join('\t'));
  const rows = which === 'I' ? [...f.nonDerivativeTransactions, ...f.nonDerivativeHoldings] : [...f.derivativeTransactions, ...f.derivativeHoldings];
  for (const row of rows) out.push(cellsLine(rowCells(row, spec.columns)));
  out.push('');
}

function cellsLine(cells: { col: Col; value: string; marks: string }[]): string {
  return cells.map((c) => `${c.value}${c.marks}`).join('\t');
}
