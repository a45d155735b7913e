import { ccpa } from './ccpa';
import { fadp } from './fadp';
import { gdpr } from './gdpr';
import { lgpd } from './lgpd';
import type { PauseReason, Regime, RegimeRules } from './types';
import { ukGdpr } from './uk-gdpr';

export * from './types';
export { GDPR_COUNTRIES } from './gdpr';

export const REGIME_RULES: Readonly<Record<Regime, RegimeRules>> = {
  gdpr,
  'uk-gdpr': ukGdpr,
  ccpa,
  lgpd,
  fadp,
};

/** Pause reasons each regime allows (for the standard request kind). */
export const PAUSE_REASONS: Readonly<Record<Regime, readonly PauseReason[]>> = {
  gdpr: Object.keys(gdpr.kinds.standard?.pause.reasons ?? {}) as PauseReason[],
  'uk-gdpr': Object.keys(ukGdpr.kinds.standard?.pause.reasons ?? {}) as PauseReason[],
  ccpa: [],
  lgpd: [],
  fadp: [],
};
