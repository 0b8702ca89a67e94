import * as v from 'valibot';

/** The envelope of an exported file. Loaded only when a person imports (valibot stays out of the first load). */
export const exportFileSchema = v.object({
  app: v.literal('cancel-line-checklist'),
  schemaVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  exportedAt: v.pipe(v.string(), v.isoTimestamp()),
  progress: v.record(v.string(), v.unknown()),
});

export function parseExportFile(value: unknown) {
  return v.safeParse(exportFileSchema, value);
}
