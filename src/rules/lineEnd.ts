import { isAbroadPlace } from '../content/paths';
import type { DateKind, Method } from '../content/types';
import { addDays, addMonths, isIsoDate, type LineEnd } from './dates';

/**
 * When a number from abroad usually ends, by place and operator (shared/docs/abroad-notes.md, with how sure we are
 * of each figure). A figure is never a promise: the page says "about …, check the operator's terms".
 */
export interface EndRule {
  /** The date the end is counted from: the last use that keeps the line alive, the card's expiry, the payment not made, or the day the operator gives. */
  readonly from: Extract<DateKind, 'lastUse' | 'cardExpiry' | 'paymentDue' | 'operatorEnd'>;
  /** How long after that date the line usually ends. */
  readonly after: { readonly days: number } | { readonly months: number };
  /** How sure we are of the figure: the operator's own terms (high), several consistent reports (medium); null for the person's own date. */
  readonly sure: 'high' | 'medium' | null;
  /** Whether use keeps the line alive, so that there is a day to keep it alive by (not a contract, nor a day the operator set for closing or porting). */
  readonly lapses: boolean;
}

/** A prepaid line of an operator without a figure here: the day the operator says it would end unused. */
const ownLapse: EndRule = { from: 'operatorEnd', after: { days: 0 }, sure: null, lapses: true };
/** A day the operator set: a contract's end, the line closed or ported. Nothing keeps it alive. */
const fixed: EndRule = { from: 'operatorEnd', after: { days: 0 }, sure: null, lapses: false };

/** Inactivity periods of prepaid lines, counted from the last chargeable use (receiving texts does not count). */
const inactivity: Readonly<Record<string, EndRule>> = {
  // giffgaff: at least one chargeable action every 6 months (its own terms).
  giffgaff: { from: 'lastUse', after: { months: 6 }, sure: 'high', lapses: true },
  // EE pay as you go: after 179 days without chargeable activity the account "hibernates" (its own terms).
  ee: { from: 'lastUse', after: { days: 179 }, sure: 'high', lapses: true },
  // Vodafone UK pay as you go: 180 days, then a warning of expiry in 90 days (an older page).
  vodafone: { from: 'lastUse', after: { days: 270 }, sure: 'medium', lapses: true },
  // Lebara UK: about 90 days (community reports and one support chat; no official page found).
  lebara: { from: 'lastUse', after: { days: 90 }, sure: 'medium', lapses: true },
  // Ultra Mobile: a missed payment suspends the line; 30 days later the number is deleted (its own terms).
  ultra: { from: 'paymentDue', after: { days: 30 }, sure: 'high', lapses: true },
};

/**
 * What the end of a line from abroad is counted from, while it is kept alive (the way of ending not chosen
 * yet, or letting it lapse): a prepaid line by its operator's inactivity period; a Hong Kong prepaid card at its
 * expiry; a contract, or an operator without a figure here, on the day the operator gives. Null for a mainland
 * number (or before the place is known).
 */
export function keepAliveRule(answers: Readonly<Record<string, unknown>>): EndRule | null {
  const place = answers.place;
  if (!isAbroadPlace(place)) return null;
  if (answers.plan === 'contract') return fixed;
  if (place === 'hk') return { from: 'cardExpiry', after: { days: 0 }, sure: 'high', lapses: true };
  const operator = place === 'uk' ? answers.ukOperator : place === 'us' ? answers.usOperator : undefined;
  return (typeof operator === 'string' && Object.hasOwn(inactivity, operator) ? inactivity[operator] : undefined) ?? ownLapse;
}

/**
 * The rule for the line's end: closing or porting it ends it on the day the operator gives, once there is one;
 * until then (and when letting it lapse) it ends as it is kept alive — a line waiting to be ported still lapses.
 */
export function endRule(answers: Readonly<Record<string, unknown>>, method: Method | null, dates: Readonly<Partial<Record<DateKind, string>>> = {}): EndRule | null {
  const rule = keepAliveRule(answers);
  if (!rule) return null;
  return (method === 'close' || method === 'port') && isIsoDate(dates.operatorEnd) ? fixed : rule;
}

/**
 * Days before the end to keep the line alive by: a month, or (a short period) at the start of it; two weeks
 * before a card's expiry. None for a day the operator gave (closing, porting, a contract): nothing keeps it.
 */
function marginOf(rule: EndRule): number {
  if (!rule.lapses) return 0;
  if ('months' in rule.after) return 30;
  return rule.after.days === 0 ? 14 : Math.min(30, rule.after.days);
}

/** Days after the end to check that the line is really gone. */
export const checkAfterDays = 14;

/** The dates of a line's end from the date the person wrote down for its rule; null until there is one. */
export function lineEnd(rule: EndRule | null, dates: Readonly<Partial<Record<DateKind, string>>>): (LineEnd & { readonly rule: EndRule }) | null {
  if (!rule) return null;
  const from = dates[rule.from];
  if (!isIsoDate(from)) return null;
  const goneAround = 'months' in rule.after ? addMonths(from, rule.after.months) : addDays(from, rule.after.days);
  return { goneAround, keepAliveBy: addDays(goneAround, -marginOf(rule)), goneCheck: addDays(goneAround, checkAfterDays), rule };
}

/** A line's end from what the person said: its answers, its way of ending and its dates (null: none yet). */
export function lineEndOf(answers: Readonly<Record<string, unknown>>, method: Method | null, dates: Readonly<Partial<Record<DateKind, string>>>) {
  return lineEnd(endRule(answers, method, dates), dates);
}
