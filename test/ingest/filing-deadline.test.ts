import { addBusinessDays, form4DueDate, isLateForm4Row } from '../../src/ingest/filing-deadline';
import { mentions10b5One } from '../../src/ingest/rule-10b5-1';

/* Calendar facts checked on a calendar: 2023-08-05 was a Saturday, 2023-11-23 Thanksgiving,
 * 2024-12-25 a Wednesday, 2022-06-20 the observed Juneteenth (the 19th was a Sunday), 2021-12-31 the
 * observed New Year's Day 2022 (a Saturday). */
describe('Form 4 deadline: two business days after the transaction', () => {
  it.each([
    ['2023-08-07', '2023-08-09'], // Monday to Wednesday
    ['2023-08-05', '2023-08-08'], // Saturday: Monday, Tuesday
    ['2023-08-10', '2023-08-14'], // Thursday: Friday, Monday
    ['2023-11-22', '2023-11-27'], // Wednesday: Thanksgiving and Saturday, Sunday skipped
    ['2024-12-23', '2024-12-26'], // Christmas skipped
    ['2022-06-16', '2022-06-21'], // Friday, then Monday the 20th observed Juneteenth skipped
    ['2021-12-29', '2022-01-03'], // Thursday the 30th, then Friday the 31st (observed New Year) skipped
  ])('a transaction on %s is due by %s', (executed, due) => {
    expect(form4DueDate(executed)).toBe(due);
  });

  it('counts business days only', () => {
    expect(addBusinessDays('2023-08-04', 1)).toBe('2023-08-07');
  });

  /* Katherine Adams' Form 4 0000320193-23-000081 (Apple): a gift (G) of 5,600 shares on 2023-08-08,
   * filed 2023-09-19 (FILED AS OF DATE), after gifts came under the two-day rule (2023-02-27). Her
   * 0000320193-23-000047 reports a gift of 2022-12-09 filed 2023-04-04, marked E (early): not late. */
  it('judges real rows: a late gift, an early one, and one on time', () => {
    expect(isLateForm4Row('2023-09-19', { transactionDate: '2023-08-08', transactionCode: 'G' })).toBe(true);
    expect(isLateForm4Row('2023-04-04', { transactionDate: '2022-12-09', transactionCode: 'G', transactionTimeliness: 'E' })).toBe(false);
    expect(isLateForm4Row('2023-08-08', { transactionDate: '2023-08-05', transactionCode: 'M' })).toBe(false);
    expect(isLateForm4Row('2023-08-10', { transactionDate: '2023-08-01', deemedExecutionDate: '2023-08-08', transactionCode: 'S' })).toBe(false);
    expect(isLateForm4Row('2023-08-10', { transactionDate: '2023-08-01', transactionCode: 'S', transactionTimeliness: 'L' })).toBe(true);
  });
});

describe('10b5-1 mentions', () => {
  it.each([
    ['This transaction was made pursuant to a Rule 10b5-1 trading plan adopted by the reporting person on November 29, 2021.', true],
    ['All transactions reported in this Form 4 were effected pursuant to a Rule 10b5-1 Trading Plan adopted by the Reporting Person.', true],
    ['Sold under a 10b-5-1 plan.', true],
    ['These shares were not sold pursuant to a Rule 10b5-1 plan.', false],
    ['Shares withheld by Apple to satisfy tax withholding requirements on vesting of restricted stock units.', false],
    ['The sale was made under the plan. It is not a Rule 10b5-1 plan.', false],
  ])('%s -> %s', (text, expected) => {
    expect(mentions10b5One(text)).toBe(expected);
  });
});
