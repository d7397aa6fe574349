import type { Filing } from '../../../src/parser';
import { FORMS, rowCells } from '../forms';
import { mdy, oneLine } from '../format';
import type { FormKind } from '../truth';

/**
 * A filing as a printed page laid out like the SEC's form: the header as a grid of numbered boxes,
 * check boxes as boxes, the two tables with their column captions, then explanations, remarks and
 * the signature line. Printed by headless Chromium and read back by Tesseract, it stands in for a
 * scanned paper filing.
 */
export function renderPage(f: Filing, form: FormKind): string {
  const t = FORMS[form];
  const o = f.reportingOwners[0]!;
  const a = o.address;
  const r = o.relationship;
  const esc = (s: string | null | undefined): string =>
    (s ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const box = (on: boolean): string => `<span class="box">${on ? 'X' : '&nbsp;'}</span>`;
  const title = r.isOfficer ? r.officerTitle : r.isOther ? r.otherText : null;
  const nameBox = `<b>${esc(t.boxes.name)}</b><div class="v">${esc(o.name)}</div><div class="cap">(Last) (First) (Middle)</div>
    <div class="v">${esc(a.street1)}</div>${a.street2 ? `<div class="v">${esc(a.street2)}</div>` : ''}<div class="cap">(Street)</div>
    <div class="v">${esc([a.city, a.state, a.zipCode].filter(Boolean).join(' '))}</div><div class="cap">(City) (State) (Zip)</div>`;
  const issuerBox = `<b>${esc(t.boxes.issuer)}</b><div class="v">${esc(f.issuer.name)}${f.issuer.tradingSymbol ? ` [${esc(f.issuer.tradingSymbol)}]` : ''}</div>`;
  const periodBox = `<b>${esc(t.boxes.period)}</b><div class="v">${mdy(f.periodOfReport)}</div>`;
  const amendBox = `<b>${esc(t.boxes.amendment)}</b><div class="v">${mdy(f.dateOfOriginalSubmission ?? null)}</div>`;
  const relBox = `<b>${esc(t.boxes.relationship)}</b>
    <div>${box(r.isDirector)} Director &nbsp; ${box(r.isTenPercentOwner)} 10% Owner</div>
    <div>${box(r.isOfficer)} Officer (give title below) &nbsp; ${box(r.isOther)} Other (specify below)</div>
    <div class="v">${esc(title)}</div>`;
  const jointBox = `<b>${esc(t.boxes.joint)}</b><div>${box(true)} Form filed by One Reporting Person</div><div>${box(false)} Form filed by More than One Reporting Person</div>`;
  const header =
    form === '3'
      ? `<tr><td rowspan="2">${nameBox}</td><td>${periodBox}</td><td>${issuerBox}</td></tr>
         <tr><td>${relBox}</td><td>${amendBox}<br/>${jointBox}</td></tr>`
      : `<tr><td rowspan="2">${nameBox}</td><td>${issuerBox}</td><td rowspan="2">${relBox}</td></tr>
         <tr><td>${periodBox}</td></tr>
         <tr><td></td><td>${amendBox}</td><td>${jointBox}</td></tr>`;
  const table = (which: 'I' | 'II'): string => {
    const spec = which === 'I' ? t.tableI : t.tableII;
    const rows = which === 'I' ? [...f.nonDerivativeTransactions, ...f.nonDerivativeHoldings] : [...f.derivativeTransactions, ...f.derivativeHoldings];
    const caps = spec.captions.map((c) => `<th>${esc(c)}</th>`).join('');
    const sub = spec.subCaptions.length > 0 ? `<tr>${spec.subCaptions.map((c) => `<th>${esc(c)}</th>`).join('')}</tr>` : '';
    const body = rows
      .map((row) => `<tr>${rowCells(row, spec.columns).map((c) => `<td>${esc(c.value)}${c.marks ? `<sup>${esc(c.marks)}</sup>` : ''}</td>`).join('')}</tr>`)
      .join('');
    return `<div class="th">${esc(spec.heading)}</div><table class="t"><tr>${caps}</tr>${sub}${body}</table>`;
  };
  const sig = f.signatures[0];
  return `<!doctype html><html><head><meta charset="utf-8"><style>
    @page { size: 11in 8.5in; margin: 0.35in; }
    body { font-family: Arial, Helvetica, sans-serif; font-size: 9pt; }
    table { border-collapse: collapse; width: 100%; }
    td, th { border: 1px solid #000; vertical-align: top; padding: 3px; }
    th { font-weight: normal; font-size: 7.5pt; }
    .v { font-size: 10pt; margin: 2px 0; }
    .cap { font-size: 7pt; }
    .box { display: inline-block; width: 10px; height: 10px; border: 1px solid #000; text-align: center; line-height: 10px; font-size: 8pt; }
    .th { font-weight: bold; margin-top: 8px; }
    h1 { font-size: 14pt; margin: 0; }
  </style></head><body>
  <h1>FORM ${form}</h1>
  <div>UNITED STATES SECURITIES AND EXCHANGE COMMISSION, Washington, D.C. 20549</div>
  <div><b>${esc(t.title)}</b></div>
  ${form !== '3' ? `<div>${box(f.notSubjectToSection16 === true)} Check this box if no longer subject to Section 16. Form 4 or Form 5 obligations may continue. See Instruction 1(b).</div>` : ''}
  <div>Filed pursuant to Section 16(a) of the Securities Exchange Act of 1934 or Section 30(h) of the Investment Company Act of 1940</div>
  <table>${header}</table>
  ${table('I')}
  ${table('II')}
  <p><b>Explanation of Responses:</b></p>
  ${f.footnotes.map((fn) => `<div>${esc(fn.id.slice(1))}. ${esc(oneLine(fn.text))}</div>`).join('')}
  <p><b>Remarks:</b></p>
  ${f.remarks ? `<div>${esc(oneLine(f.remarks))}</div>` : ''}
  <p>${esc(sig?.name ?? '')} &nbsp;&nbsp;&nbsp; ${mdy(sig?.date ?? null)}</p>
  <div>** Signature of Reporting Person &nbsp;&nbsp;&nbsp; Date</div>
  <p>Reminder: Report on a separate line for each class of securities beneficially owned directly or indirectly.</p>
  </body></html>`;
}
