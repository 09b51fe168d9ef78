/** Browser entry point: pick the language before the first paint, then render the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createQueryClient } from './api/queryClient';
import { createI18n } from './i18n';
import { startupLocale } from './i18n/languagePreference';
import { createAppRouter } from './routes';
import './index.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html must contain <div id="root">');

const i18n = createI18n(startupLocale(window.location.search));

createRoot(container).render(
  <StrictMode>
    <App i18n={i18n} queryClient={createQueryClient()} router={createAppRouter()} />
  </StrictMode>,
);
