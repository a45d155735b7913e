// Breach inputs for the tests: a stolen laptop, aware `hoursAgo` hours before now, in Amsterdam.
import type { OpInput } from '../../../shared/api';
import { instantToLocal } from '../../../shared/dates/instant';

export const AMS = 'Europe/Amsterdam';

/** The Amsterdam wall clock `hours` before now: "2026-12-04T09:12". */
export function localHoursAgo(hours: number, zone = AMS): string {
  return instantToLocal(new Date(Date.now() - hours * 3_600_000).toISOString(), zone);
}

export function stolenLaptop(hoursAgo: number, over: Partial<OpInput<'breach.add'>> = {}): OpInput<'breach.add'> {
  return {
    title: 'Laptop stolen from a car',
    discoveredAt: { local: localHoursAgo(hoursAgo + 1), zone: AMS },
    awareAt: { local: localHoursAgo(hoursAgo), zone: AMS },
    natures: ['confidentiality'],
    description: 'A support engineer’s laptop with customer exports.',
    subjectCategories: ['customers'],
    dataCategories: ['contact', 'payment'],
    subjectsApprox: 1200,
    recordsApprox: 5000,
    consequences: 'Possible phishing of customers.',
    measuresTaken: 'Remote wipe issued; passwords reset.',
    measuresProposed: 'Full-disk encryption on every laptop.',
    risk: 'risk',
    riskReasoning: 'The disk was not encrypted; the data has no special categories.',
    ...over,
  };
}
