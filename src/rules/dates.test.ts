import { describe, expect, it } from 'vitest';
import { addDays, comingDates } from './dates';

describe('the dates that follow a cancellation', () => {
  it('lists the dates written down, soonest first, and none before there are any', () => {
    expect(comingDates({ dates: {}, confirmedOn: null, submittedOn: null })).toEqual([]);
    expect(comingDates({ dates: { refundDue: '2027-01-10', contractEnds: '2026-12-31' }, confirmedOn: null, submittedOn: null })).toEqual([
      { kind: 'contractEnds', date: '2026-12-31' },
      { kind: 'refundDue', date: '2027-01-10' },
    ]);
  });

  it('after submission, adds the re-check 60 days on, counted from the confirmation once there is one', () => {
    const submittedOn = '2026-11-20';
    expect(comingDates({ dates: { expectConfirmation: '2026-11-27' }, confirmedOn: null, submittedOn })).toEqual([
      { kind: 'expectConfirmation', date: '2026-11-27' },
      { kind: 'recheck', date: '2027-01-19' },
    ]);
    // Confirmed: the expected confirmation has come and goes from the list.
    expect(comingDates({ dates: { expectConfirmation: '2026-11-27' }, confirmedOn: '2026-11-25', submittedOn })).toEqual([{ kind: 'recheck', date: '2027-01-24' }]);
  });

  it('counts calendar days across months, years and leap days', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-11-25', 60)).toBe('2027-01-24');
  });
});
