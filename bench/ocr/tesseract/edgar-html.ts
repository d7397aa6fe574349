import type { Filing } from '../../../src/parser';
import { FORMS, rowCells, type Col } from '../forms';
import type { FormKind } from '../truth';

/**
 * A filing laid out as EDGAR's own XSL style sheets print it (the `SEC FORM 4.html` renderings in
 * ../shared/corpus; the Form 3 sheet numbers its boxes 2. Date of Event, 3. Issuer, 4. Relationship,
 * 5. If Amendment): the boxes as bordered cells of one table, check marks as an `X` in a cell of its
 * own before the box's word, the ticker as `[ SYM ]`, values with `<sup>(1)</sup>` marks, a
 * portrait page. Written for the corpus's filings that have no EDGAR rendering of their own (all the
 * Forms 3 and 5); the four Form 4s that have one are printed from EDGAR's file itself.
 */
export function edgarHtml(f: Filing, form: FormKind): string {
  const t = FORMS[form];
  const o = f.reportingOwners[0]!;
  const a = o.address;
  const r = o.relationship;
  const esc = (s: string | null | undefined): string => (s ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const mdy = (iso: string | null | undefined): string => (iso ? `${iso.slice(5, 7)}/${iso.slice(8, 10)}/${iso.slice(0, 4)}` : '');
  const x = (on: boolean): string => `<td class="x">${on ? 'X' : ''}</td>`;
  const title = [r.isOfficer ? r.officerTitle : null, r.isOther ? r.otherText : null].filter(Boolean).join(' / ');
  const nameBox = `<span class="cap">${esc(t.boxes.name)}</span><br/>${esc(o.name)}
    <table class="in"><tr><td>(Last)</td><td>(First)</td><td>(Middle)</td></tr></table>
    ${esc(a.street1)}${a.street2 ? `<br/>${esc(a.street2)}` : ''}<br/><span class="small">(Street)</span><br/>
    <table class="in"><tr><td>${esc(a.city)}</td><td>${esc(a.state)}</td><td>${esc(a.zipCode)}</td></tr>
    <tr><td>(City)</td><td>(State)</td><td>(Zip)</td></tr></table>`;
  const issuerBox = `<span class="cap">${esc(t.boxes.issuer)}</span><br/>${esc(f.issuer.name)} [ ${esc(f.issuer.tradingSymbol)} ]`;
  const periodBox = `<span class="cap">${esc(t.boxes.period)}</span><br/>${mdy(f.periodOfReport)}`;
  const amendBox = `<span class="cap">${esc(t.boxes.amendment)}</span><br/>${mdy(f.dateOfOriginalSubmission)}`;
  const relBox = `<span class="cap">${esc(t.boxes.relationship)}</span>
    <table class="in"><tr>${x(r.isDirector)}<td>Director</td>${x(r.isTenPercentOwner)}<td>10% Owner</td></tr>
    <tr>${x(r.isOfficer)}<td>Officer (give title below)</td>${x(r.isOther)}<td>Other (specify below)</td></tr>
    <tr><td></td><td colspan="3">${esc(title)}</td></tr></table>`;
  const jointBox = `<span class="cap">${esc(t.boxes.joint)}</span>
    <table class="in"><tr>${x(f.reportingOwners.length === 1)}<td>Form filed by One Reporting Person</td></tr>
    <tr>${x(f.reportingOwners.length > 1)}<td>Form filed by More than One Reporting Person</td></tr></table>`;
  const header = form === '3'
    ? `<tr><td rowspan="3">${nameBox}</td><td>${periodBox}</td><td>${issuerBox}</td></tr>
       <tr><td rowspan="2">${relBox}</td><td>${amendBox}</td></tr>
       <tr><td>${jointBox}</td></tr>`
    : `<tr><td rowspan="2">${nameBox}</td><td>${issuerBox}</td><td rowspan="2">${relBox}</td></tr>
       <tr><td>${periodBox}</td></tr>
       <tr><td></td><td>${amendBox}</td><td>${jointBox}</td></tr>`;
  const checks = form === '3' ? '' : `<table class="in"><tr>${x(f.notSubjectToSection16 === true)}<td>Check this box if no longer subject to Section 16. Form 4 or Form 5 obligations may continue. See Instruction 1(b).</td></tr>
    ${form === '5' ? `<tr>${x(f.form3HoldingsReported === true)}<td>Form 3 Holdings Reported.</td></tr><tr>${x(f.form4TransactionsReported === true)}<td>Form 4 Transactions Reported.</td></tr>` : ''}</table>`;
  const table = (which: 'I' | 'II'): string => {
    const spec = which === 'I' ? t.tableI : t.tableII;
    const rows = which === 'I' ? [...f.nonDerivativeTransactions, ...f.nonDerivativeHoldings] : [...f.derivativeTransactions, ...f.derivativeHoldings];
    const caps = spec.captions.map((c) => `<th>${esc(c)}</th>`).join('');
    const subs = spec.subCaptions.length > 0 ? `<tr>${spec.subCaptions.map((c) => `<th>${esc(c)}</th>`).join('')}</tr>` : '';
    const cell = (c: { col: Col; value: string; marks: string }): string =>
      `<td>${esc(c.value)}${c.marks ? `<sup>${esc(c.marks)}</sup>` : ''}</td>`;
    const body = rows.map((row) => `<tr>${rowCells(row, spec.columns).map(cell).join('')}</tr>`).join('\n');
    return `<table class="t"><tr><th colspan="${spec.columns.length}" class="head">${esc(spec.heading)}</th></tr><tr>${caps}</tr>${subs}${body}</table>`;
  };
  const notes = f.footnotes.map((n) => `<div>${n.id.slice(1)}. ${esc(n.text)}</div>`).join('');
  const sig = f.signatures[0];
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>SEC Form ${form}</title><style>
  @page { size: letter portrait; margin: 0.4in; }
  body { font-family: "Times New Roman", serif; font-size: 9pt; background: white; }
  table { border-collapse: collapse; width: 100%; }
  td, th { border: 1px solid black; vertical-align: top; padding: 2px; font-size: 8pt; }
  table.in td { border: none; padding: 0 2px; }
  td.x { width: 1.2em; text-align: center; font-weight: bold; }
  th { font-weight: normal; } th.head { font-weight: bold; text-align: center; }
  .cap { font-size: 8pt; } .small { font-size: 7pt; }
  </style></head><body>
  <table class="in"><tr><td style="border:2px solid black;width:12%;text-align:center;font-size:18pt"><b>FORM ${form}</b></td>
  <td style="text-align:center"><b>UNITED STATES SECURITIES AND EXCHANGE COMMISSION</b><br/>Washington, D.C. 20549<br/><br/><b>${esc(t.title)}</b><br/>
  Filed pursuant to Section 16(a) of the Securities Exchange Act of 1934<br/>or Section 30(h) of the Investment Company Act of 1940</td>
  <td style="width:20%;border:1px solid black">OMB APPROVAL<br/>OMB Number: 3235-0287<br/>Estimated average burden hours per response: 0.5</td></tr></table>
  ${checks}
  <table>${header}</table>
  ${table('I')}
  ${table('II')}
  <p>Explanation of Responses:</p>${notes}
  <p>Remarks:<br/>${esc(f.remarks)}</p>
  <table class="in"><tr><td style="width:50%"></td><td>${esc(sig?.name)}</td><td>${mdy(sig?.date)}</td></tr>
  <tr><td></td><td>** Signature of Reporting Person</td><td>Date</td></tr></table>
  <p>Reminder: Report on a separate line for each class of securities beneficially owned directly or indirectly.</p>
  </body></html>`;
}
