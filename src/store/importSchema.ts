import * as v from 'valibot';

/** The envelope of an exported file. Loaded only when a person imports (valibot stays out of the first load). */
const envelope = {
  app: v.literal('cancel-line-checklist'),
  exportedAt: v.pipe(v.string(), v.isoTimestamp()),
};

/** Schemas 1–3: one checklist. From 4: one line or several, each with its name and last four digits. */
export const exportFileSchema = v.union([
  v.object({ ...envelope, schemaVersion: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(3)), progress: v.record(v.string(), v.unknown()) }),
  v.object({
    ...envelope,
    schemaVersion: v.pipe(v.number(), v.integer(), v.minValue(4)),
    lines: v.array(v.object({ name: v.string(), last4: v.string(), progress: v.record(v.string(), v.unknown()) })),
  }),
]);

export function parseExportFile(value: unknown) {
  return v.safeParse(exportFileSchema, value);
}
