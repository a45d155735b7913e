// First, before any module that builds a zod schema (see the module's comment).
import './zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { HashRouter } from 'react-router';
import { App } from './app/App';
import { selectBridge } from './bridge/select-bridge';
import { s } from './i18n';
import { initialLanguage } from './i18n/LanguageProvider';
import './styles.css';
import './ui/kit.css';

initialLanguage();
const bridge = selectBridge();
const root = createRoot(document.getElementById('root')!);
root.render(
  <StrictMode>
    {bridge ? (
      <HashRouter>
        <App bridge={bridge} />
      </HashRouter>
    ) : (
      <div className="center-card">
        <h1>{s.noBridge.title}</h1>
        <p>{s.noBridge.body}</p>
      </div>
    )}
  </StrictMode>,
);
