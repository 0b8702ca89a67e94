// Test-only content for the scale benchmark (vite --mode scale swaps it in for src/content/checklist.ts).
import type { Bilingual } from '../content/types';
import { generateChecklist } from './generateChecklist';

export const checklist = generateChecklist(1000, 3);
export const stuckGuidance: readonly { readonly title: Bilingual; readonly detail: Bilingual }[] = [];
