import { supportedRegions } from './calendar';
import { REGIME_RULES, REGIMES } from './regimes';

/**
 * Regions that may be chosen for a country's holidays: the regime's own list where it has one
 * (UK nations; California), else every subdivision the holiday data knows.
 */
export function regionsOf(country: string): readonly string[] {
  for (const id of REGIMES) {
    const rules = REGIME_RULES[id];
    if (rules.countries.includes(country) && rules.allowedRegions) return rules.allowedRegions(country) ?? [];
  }
  return Object.keys(supportedRegions(country));
}
