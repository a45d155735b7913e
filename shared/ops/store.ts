// The database's own health: every page read and checked (main/services/store-check.ts).
import type { StoreCheck } from '../model/check';
import { empty, op } from './op';

export const storeOps = {
  'store.check': op<StoreCheck>()(empty, 'unlocked', 'store.check'),
} as const;
