import { useEffect, useRef } from 'react';

/** Calls `onUnknownCode` once per unknown code per mounted component, after render (never on the server). */
export function useUnknownCodeReport(codes: readonly string[], onUnknownCode: ((code: string) => void) | undefined) {
  const reported = useRef(new Set<string>());
  const key = codes.join('\n');
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for `codes`
  useEffect(() => {
    if (typeof onUnknownCode !== 'function') return;
    for (const code of codes) {
      if (reported.current.has(code)) continue;
      reported.current.add(code);
      try {
        onUnknownCode(code);
      } catch (error) {
        // The host's callback failed: surface it without breaking the rendering tree.
        setTimeout(() => {
          throw error;
        });
      }
    }
  }, [key, onUnknownCode]);
}
