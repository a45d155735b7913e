// Holds the chosen UI language. The Settings value is the truth once the workbench is unlocked;
// the last choice is also remembered on this device (a language code, nothing personal) so the
// unlock screen and the first paint after unlocking are already in the reader's language.
import { createContext, Fragment, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { isLanguage, type Language } from '../../../shared/i18n';
import { activateLanguage, activeLanguage } from './index';

const STORAGE_KEY = 'dpo.language';

function remembered(): Language | null {
  try {
    const v = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(v) ? v : null;
  } catch {
    return null; // storage may be disabled; the Settings value still applies after unlocking
  }
}

function remember(language: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // not essential: see remembered()
  }
}

interface LanguageState {
  language: Language;
  setLanguage: (language: Language) => void;
}

const LanguageContext = createContext<LanguageState | null>(null);

/** Activates the remembered language before the first render, so nothing flashes in English. */
export function initialLanguage(): Language {
  const l = remembered() ?? activeLanguage();
  activateLanguage(l);
  return l;
}

/**
 * Switching language remounts everything below (keyed on the language): screens read the words
 * while rendering, and a remount is the one way to be sure no memoised part keeps the old ones.
 */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const [language, setState] = useState<Language>(activeLanguage);
  const setLanguage = useCallback((next: Language) => {
    remember(next);
    if (next === activeLanguage()) return;
    activateLanguage(next);
    setState(next);
  }, []);
  const value = useMemo(() => ({ language, setLanguage }), [language, setLanguage]);
  return (
    <LanguageContext.Provider value={value}>
      <Fragment key={language}>{children}</Fragment>
    </LanguageContext.Provider>
  );
}

export function useLanguage(): LanguageState {
  const v = useContext(LanguageContext);
  if (!v) throw new Error('useLanguage outside LanguageProvider');
  return v;
}
