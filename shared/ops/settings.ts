import { settingsPatchSchema, type Settings } from '../model/settings';
import { empty, op } from './op';

export const settingsOps = {
  'settings.get': op<Settings>()(empty, 'unlocked', 'settings.read'),
  'settings.update': op<Settings>()(settingsPatchSchema, 'unlocked', 'settings.write'),
} as const;
