// @vitest-environment node
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

// The probe files do not exist on disk, so type-aware rules (which need the TS project) are switched off;
// the import restriction under test is the one eslint.config.js applies.
const eslint = new ESLint({ cwd: process.cwd(), overrideConfig: [tseslint.configs.disableTypeChecked] });

async function errorsOf(ruleId: string, filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === ruleId);
}

const restrictedImportErrors = (filePath: string, code: string) => errorsOf('no-restricted-imports', filePath, code);

describe('the layering is enforced by lint', () => {
  it.each([
    ['src/rules/boundary-probe.ts', "import { useState } from 'react';\nexport const x = useState;\n"],
    ['src/rules/boundary-probe.ts', "import { create } from 'zustand';\nexport const x = create;\n"],
    ['src/content/boundary-probe.ts', "import { persist } from 'zustand/middleware';\nexport const x = persist;\n"],
    ['src/content/boundary-probe.ts', "import { createRoot } from 'react-dom/client';\nexport const x = createRoot;\n"],
    ['src/rules/boundary-probe.ts', "import { useProgress } from '../store/progressStore';\nexport const x = useProgress;\n"],
    ['src/store/boundary-probe.ts', "import { TickBox } from '../components/TickBox';\nexport const x = TickBox;\n"],
    ['src/store/boundary-probe.ts', "import { Overview } from '../pages/Overview';\nexport const x = Overview;\n"],
    ['src/store/boundary-probe.ts', "import { App } from '../app/App';\nexport const x = App;\n"],
    ['src/components/boundary-probe.ts', "import { Overview } from '../pages/Overview';\nexport const x = Overview;\n"],
    ['src/components/boundary-probe.ts', "import { navigate } from '../app/navigation';\nexport const x = navigate;\n"],
    ['src/pages/boundary-probe.ts', "import { App } from '../app/App';\nexport const x = App;\n"],
  ])('%s: %s is an error', async (filePath, code) => {
    expect(await restrictedImportErrors(filePath, code)).toHaveLength(1);
  });

  it('allows React in components, and components using the layers below them', async () => {
    const code = "import { useState } from 'react';\nimport { hrefOf } from '../routing/route';\nexport const x = [useState, hrefOf];\n";
    expect(await restrictedImportErrors('src/components/boundary-probe.ts', code)).toHaveLength(0);
  });

  it('reports an import circle', async () => {
    // route.ts is imported by navigation.ts; a route.ts that imported navigation back would close a circle.
    const code = "import { navigate } from '../app/navigation';\nexport const x = navigate;\n";
    expect(await errorsOf('import-x/no-cycle', 'src/routing/route.ts', code)).toHaveLength(1);
    expect(await errorsOf('import-x/no-cycle', 'src/routing/cycle-probe.ts', code)).toHaveLength(0);
  });
});
