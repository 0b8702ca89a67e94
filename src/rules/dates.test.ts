import { describe, expect, it } from 'vitest';
import { comingDates } from './coming';
import { addDays, addMonths } from './dates';

const mainland = { path: 'mainland', recheck: true } as const;

describe('the dates that follow a cancellation', () => {
  it('lists the dates written down, soonest first, and none before there are any', () => {
    expect(comingDates({ ...mainland, dates: {}, confirmedOn: null, submittedOn: null })).toEqual([]);
    expect(comingDates({ ...mainland, dates: { refundDue: '2027-01-10', contractEnds: '2026-12-31' }, confirmedOn: null, submittedOn: null })).toEqual([
      { kind: 'contractEnds', date: '2026-12-31' },
      { kind: 'refundDue', date: '2027-01-10' },
    ]);
  });

  it('after submission, adds the re-check 60 days on, counted from the confirmation once there is one', () => {
    const submittedOn = '2026-11-20';
    expect(comingDates({ ...mainland, dates: { expectConfirmation: '2026-11-27' }, confirmedOn: null, submittedOn })).toEqual([
      { kind: 'expectConfirmation', date: '2026-11-27' },
      { kind: 'recheck', date: '2027-01-19' },
    ]);
    // Confirmed: the expected confirmation has come and goes from the list.
    expect(comingDates({ ...mainland, dates: { expectConfirmation: '2026-11-27' }, confirmedOn: '2026-11-25', submittedOn })).toEqual([{ kind: 'recheck', date: '2027-01-24' }]);
  });

  it('counts calendar days across months, years and leap days', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-11-25', 60)).toBe('2027-01-24');
  });

  it('counts calendar months, to the month’s last day where the day does not exist', () => {
    expect(addMonths('2026-03-01', 6)).toBe('2026-09-01');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonths('2026-10-15', 3)).toBe('2027-01-15');
  });

  it('a number ported out has no re-check; a mainland date is not listed for a number from abroad', () => {
    expect(comingDates({ ...mainland, recheck: false, dates: {}, confirmedOn: '2026-11-25', submittedOn: '2026-11-20' })).toEqual([]);
    expect(comingDates({ path: 'abroad', recheck: true, dates: { refundDue: '2027-01-10' }, confirmedOn: null, submittedOn: null })).toEqual([]);
  });
});
