import { loaderFor, resolveLocale } from './locales.js';
import { isLoaded, markFailed, registerLocale } from './store.js';

const inFlight = new Map<string, Promise<void>>();

/**
 * Loads a locale's strings (its own small chunk) so the next render shows it at once. Call it before
 * `renderToString` on the server and before `hydrateRoot` on the client: the first render is then already
 * in the final language. Resolves at once for English and for locales already loaded; rejects when the
 * chunk cannot be fetched (components then keep showing English).
 */
export function preloadLocale(locale: string): Promise<void> {
  const resolved = resolveLocale(locale);
  if (isLoaded(resolved)) return Promise.resolve();
  const load = loaderFor(resolved);
  if (!load) return Promise.resolve();
  let promise = inFlight.get(resolved);
  if (!promise) {
    promise = load().then((resources) => registerLocale(resolved, resources));
    inFlight.set(resolved, promise);
    promise.catch(() => {
      inFlight.delete(resolved); // allow a later retry
      markFailed(resolved);
    });
  }
  return promise;
}
