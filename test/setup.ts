import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { resetWarnings } from '../src/components/devWarnings';

// No console noise: any unexpected warning or error fails the test that caused it.
let spies: ReturnType<typeof vi.spyOn>[] = [];
beforeEach(() => {
  spies = (['error', 'warn'] as const).map((level) =>
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      throw new Error(`Unexpected console.${level}: ${args.map(String).join(' ')}`);
    }),
  );
});
afterEach(() => {
  cleanup();
  resetWarnings();
  for (const spy of spies) spy.mockRestore();
});
