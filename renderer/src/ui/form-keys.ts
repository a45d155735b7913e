import type { KeyboardEvent } from 'react';

/**
 * Ctrl+Enter (⌘+Enter on a Mac) submits a form from any field, a multi-line note included, so a
 * busy DPO fills in and saves without reaching for the mouse. Every form uses this one handler.
 */
export function submitOnCtrlEnter(submit: () => unknown, onOtherKey?: (ev: KeyboardEvent) => void) {
  return (ev: KeyboardEvent): void => {
    if (ev.key === 'Enter' && (ev.ctrlKey || ev.metaKey)) {
      ev.preventDefault();
      void submit();
      return;
    }
    onOtherKey?.(ev);
  };
}
