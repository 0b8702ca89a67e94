// @vitest-environment node
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

// The probe files do not exist on disk, so type-aware rules (which need the TS project) are switched off;
// the import restriction under test is the one eslint.config.js applies.
const eslint = new ESLint({ cwd: process.cwd(), overrideConfig: [tseslint.configs.disableTypeChecked] });

async function restrictedImportErrors(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports');
}

describe('the layering is enforced by lint', () => {
  it.each([
    ['src/rules/boundary-probe.ts', "import { useState } from 'react';\nexport const x = useState;\n"],
    ['src/rules/boundary-probe.ts', "import { create } from 'zustand';\nexport const x = create;\n"],
    ['src/content/boundary-probe.ts', "import { persist } from 'zustand/middleware';\nexport const x = persist;\n"],
    ['src/content/boundary-probe.ts', "import { createRoot } from 'react-dom/client';\nexport const x = createRoot;\n"],
    ['src/rules/boundary-probe.ts', "import { useProgress } from '../store/progressStore';\nexport const x = useProgress;\n"],
  ])('%s: %s is an error', async (filePath, code) => {
    expect(await restrictedImportErrors(filePath, code)).toHaveLength(1);
  });

  it('allows React in components', async () => {
    const code = "import { useState } from 'react';\nexport const x = useState;\n";
    expect(await restrictedImportErrors('src/components/boundary-probe.ts', code)).toHaveLength(0);
  });
});
