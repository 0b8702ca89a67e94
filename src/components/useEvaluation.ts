import { useMemo } from 'react';
import { checklist } from '../content/checklist';
import { evaluate, type Evaluation } from '../rules/evaluate';
import { localToday, useProgress } from '../store/progressStore';
import { useNow } from './useNow';

/** The rules' view of the person's progress, derived at render time and never stored. */
export function useEvaluation(): Evaluation {
  const answers = useProgress((s) => s.answers);
  const ticks = useProgress((s) => s.ticks);
  const method = useProgress((s) => s.method);
  const confirmation = useProgress((s) => s.confirmation);
  const customEntries = useProgress((s) => s.customEntries);
  const dates = useProgress((s) => s.dates);
  const today = localToday(new Date(useNow()));
  return useMemo(
    () => evaluate(checklist, { answers, ticks, method, confirmation, customEntries, dates }, today),
    [answers, ticks, method, confirmation, customEntries, dates, today],
  );
}
