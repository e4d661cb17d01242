// The baseline's German dictionary, in its own chunk (what an integrator would lazy-load).
import de from '../locales/de.json';
import { dictionary } from './Baseline';

export const germanDictionary = dictionary(de);
