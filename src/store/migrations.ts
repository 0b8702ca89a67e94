import { schemaVersion } from './progress';
import { isRecord } from './saved';

type Saved = Record<string, unknown>;
/** A history entry as versions 2 saved it: the answer, method or confirmation as one string in `value`. */
interface V2HistoryEntry {
  at: number;
  kind: string;
  id?: string;
  value?: string;
}


/**
 * Version 1 (issue 4) saved answers, ticks with their times, method, notes, own entries, the confirmation
 * and the language. Version 2 adds a dated history: rebuild what can be known of it from the tick times and
 * the confirmation date, so the record starts with what was already done.
 */
function v1ToV2(state: Saved): Saved {
  const submitIds = ['onlineSubmit', 'storeSubmit'];
  const history: V2HistoryEntry[] = [];
  for (const [id, tick] of Object.entries(isRecord(state.ticks) ? state.ticks : {})) {
    const at = isRecord(tick) ? tick.at : undefined;
    if (typeof at === 'number' && at > 0) history.push({ at, kind: submitIds.includes(id) ? 'submit' : 'tick', id });
  }
  const confirmation = isRecord(state.confirmation) ? state.confirmation : null;
  if (confirmation && typeof confirmation.date === 'string') {
    const at = new Date(`${confirmation.date}T12:00:00`).getTime();
    const value = [confirmation.date, typeof confirmation.reference === 'string' ? confirmation.reference : ''].filter(Boolean).join(' ');
    if (Number.isFinite(at)) history.push({ at, kind: 'confirm', value });
  }
  history.sort((a, b) => a.at - b.at);
  return { ...state, history, historyFolded: 0, storageNoticeSeen: false };
}

/**
 * Version 2's ids → version 3's, where the checklist was reordered by when the work happens and the eight
 * unbinding reminders became a catalogue of accounts. One old id may become several new ones (the old
 * "government apps" reminder covered three entries now). Ids not listed are unchanged.
 */
export const idsV2toV3: Readonly<Record<string, readonly string[]>> = {
  storeBring: ['storeFind'],
  onlineReview: ['keepProof'],
  onlineCheck: ['keepProof'],
  storeCertificate: ['keepProof'],
  followRefund: ['refundReceived'],
  unbind: ['rebind'],
  'unbind.bank': ['rebind.bankReserved', 'rebind.bankSms'],
  'unbind.wechat': ['rebind.wechat'],
  'unbind.alipay': ['rebind.alipay'],
  'unbind.email': ['rebind.emailRecovery'],
  'unbind.sms2fa': ['rebind.twoFactor'],
  'unbind.cloud': ['rebind.cloudDrives'],
  'unbind.watch': ['rebind.phoneMaker'],
  'unbind.gov': ['rebind.tax', 'rebind.govService', 'rebind.socialInsurance'],
};
const newIds = (id: string): readonly string[] => idsV2toV3[id] ?? [id];

/**
 * Version 3 reorders the checklist (issue 14). Ticks, notes and history follow their ids. Where several old
 * ticks land on one task the earliest time is kept, and notes are joined. The unbinding task is now done when
 * its list is, so its old overall tick is not carried as a tick (the history keeps it). The old "tied to a
 * device" question is split: its answer goes to the locked-device question, and a "yes" or "not sure" makes the
 * new shared-number question "not sure" until the person says. A refund followed up means a refund was chosen.
 */
function v2ToV3(state: Saved): Saved {
  const ticks: Record<string, unknown> = {};
  for (const [id, tick] of Object.entries(isRecord(state.ticks) ? state.ticks : {})) {
    if (id === 'unbind') continue;
    for (const to of newIds(id)) {
      const earlier = ticks[to];
      const atOf = (t: unknown) => (isRecord(t) && typeof t.at === 'number' && t.at > 0 ? t.at : Infinity);
      if (earlier === undefined || atOf(tick) < atOf(earlier)) ticks[to] = tick;
    }
  }

  const notes: Record<string, string> = {};
  for (const [id, note] of Object.entries(isRecord(state.notes) ? state.notes : {})) {
    if (typeof note !== 'string') continue;
    const to = newIds(id)[0] ?? id;
    notes[to] = notes[to] ? `${notes[to]}\n\n${note}` : note;
  }

  const answers: Record<string, unknown> = isRecord(state.answers) ? { ...state.answers } : {};
  if ('device' in answers) {
    const device = answers.device;
    delete answers.device;
    answers.lockedDevice = device;
    answers.sharedDevice = device === 'no' ? 'no' : 'unsure';
  }
  if ('followRefund' in (isRecord(state.ticks) ? state.ticks : {})) answers.refund = 'yes';

  const history = Array.isArray(state.history) ? state.history.map(historyEntryV3) : state.history;

  return { ...state, answers, ticks, notes, history };
}

/**
 * A version 2 history entry in version 3's shape: ids follow the map, and what `value` held becomes its own
 * field (the answer, the method, the confirmation's date and reference). Anything else is left for restore.
 */
function historyEntryV3(entry: unknown): unknown {
  if (!isRecord(entry)) return entry;
  const { value, ...rest } = entry;
  const id = typeof entry.id === 'string' ? (entry.kind === 'answer' && entry.id === 'device' ? 'lockedDevice' : (newIds(entry.id)[0] ?? entry.id)) : entry.id;
  switch (entry.kind) {
    case 'answer':
      return { ...rest, id, answer: value };
    case 'method':
      return { ...rest, method: value };
    case 'confirm': {
      // Version 2 wrote "YYYY-MM-DD reference": the date has no space, the reference may.
      const text = typeof value === 'string' ? value : '';
      const space = text.indexOf(' ');
      return { ...rest, date: space < 0 ? text : text.slice(0, space), reference: space < 0 ? '' : text.slice(space + 1) };
    }
    default:
      return { ...rest, id };
  }
}

/**
 * Version 4 keeps each line's progress under a key of its own (lines.ts): the language and whether the
 * storage notice was seen belong to the device, and moved to the lines' key when the single checklist became
 * the first line.
 */
function v3ToV4(state: Saved): Saved {
  const rest = { ...state };
  delete rest.lang;
  delete rest.storageNoticeSeen;
  return rest;
}

/** The all-banks entry's id: `[a-z0-9]` as restore accepts, never one `newId` makes (those start with a time). */
export const allBanksEntryId = 'allbanks';

/**
 * Version 5 lists banks one entry each, for both numbers a bank keeps (the reserved number and the one for
 * alert texts), where version 4 had one mark for each number across all banks; and marks list items still to
 * change, changed or not on this number, where version 4 had done or "not used". Every other mark keeps its id
 * and shape (done is changed, "not used" is not on this number); new catalogue items start unmarked.
 * The two bank marks become one bank entry standing for all banks, nameless until the person names it
 * (CustomEntry): changed when both are settled and one was done, still to change when one was never marked;
 * both "not used" say that no bank uses the number, which is the banks item's own mark. The history keeps the
 * old entries, under the entry's id (or the banks item's), so that they still name something.
 */
function v4ToV5(state: Saved): Saved {
  if (!isRecord(state.ticks)) return state;
  const ticks: Record<string, unknown> = { ...state.ticks };
  const banks = (['rebind.bankReserved', 'rebind.bankSms'] as const).map((id) => {
    const tick = ticks[id];
    delete ticks[id];
    return isRecord(tick) ? { at: typeof tick.at === 'number' ? tick.at : 0, notUsed: tick.notUsed === true } : null;
  });
  const marked = banks.filter((b) => b !== null);
  const latest = Math.max(0, ...marked.map((b) => b.at));
  const entries: unknown[] = Array.isArray(state.customEntries) ? [...(state.customEntries as unknown[])] : [];
  let to = 'rebind.banks';
  if (marked.length === 2 && marked.every((b) => b.notUsed)) ticks[to] = { at: latest, notUsed: true };
  else if (marked.length > 0) {
    to = `custom.${allBanksEntryId}`;
    entries.unshift({ id: allBanksEntryId, label: '', kind: 'bank' });
    ticks[to] = marked.length === 2 ? { at: latest } : { at: latest, pending: true };
  }
  const renamed = (entry: unknown) =>
    isRecord(entry) && (entry.id === 'rebind.bankReserved' || entry.id === 'rebind.bankSms') ? { ...entry, id: to } : entry;
  const history = Array.isArray(state.history) ? state.history.map(renamed) : state.history;
  return { ...state, ticks, customEntries: marked.length > 0 || Array.isArray(state.customEntries) ? entries : state.customEntries, history };
}

/**
 * Version 6 asks first where the number is from, and keeps a list for a number from abroad beside the mainland
 * one. Everything saved before was made on the mainland list: it is said so (the answer shows and can be
 * changed), and nothing else changes. A line with nothing in it is left to answer the question itself.
 */
function v5ToV6(state: Saved): Saved {
  const answers = isRecord(state.answers) ? state.answers : {};
  const used = ['answers', 'ticks', 'notes', 'dates'].some((key) => isRecord(state[key]) && Object.keys(state[key]).length > 0);
  const anything = used || (state.method !== null && state.method !== undefined) || (Array.isArray(state.history) && state.history.length > 0) || (Array.isArray(state.customEntries) && state.customEntries.length > 0) || isRecord(state.confirmation);
  if (!anything || answers.place !== undefined) return state;
  return { ...state, answers: { place: 'mainland', ...answers } };
}

/** Migrations by the version they start from; each takes a shape to the next version. */
export const migrations: Readonly<Record<number, (state: Saved) => Saved>> = {
  1: v1ToV2,
  2: v2ToV3,
  3: v3ToV4,
  4: v4ToV5,
  5: v5ToV6,
};

export type Migrated = { readonly ok: true; readonly state: unknown } | { readonly ok: false; readonly failedFrom: number };

/** Runs the migrations from `from` up to `to` in order. Never throws: a missing or failing step is a result. */
export function migrate(state: unknown, from: number, to: number = schemaVersion): Migrated {
  let current: unknown = state;
  for (let v = from; v < to; v++) {
    const step = migrations[v];
    if (!step || !isRecord(current)) return { ok: false, failedFrom: v };
    try {
      current = step(current);
    } catch {
      return { ok: false, failedFrom: v };
    }
  }
  return { ok: true, state: current };
}
