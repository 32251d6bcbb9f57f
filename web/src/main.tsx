import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './App';
import { createApolloClient } from './apollo/client';
import { adoptRememberedLanguage, i18nReady, renderedLanguage } from './i18n';
import { APOLLO_STATE_ID } from './ssr/state';
import './styles.css';

// A page the server rendered carries its answers (the Apollo cache) beside its HTML: the browser takes both over
// without asking the API again. Without them (the client-only index.html, `npm run dev:web`) it renders from scratch.
const root = document.getElementById('root')!;
const state = document.getElementById(APOLLO_STATE_ID)?.textContent;
const rendered = Boolean(state) && renderedLanguage() !== null && root.hasChildNodes();
const app = (
  <StrictMode>
    <ApolloProvider client={createApolloClient('/graphql', rendered ? JSON.parse(state!) : undefined)}>
      <App />
    </ApolloProvider>
  </StrictMode>
);

await i18nReady;
if (rendered) {
  hydrateRoot(root, app);
  void adoptRememberedLanguage();
} else createRoot(root).render(app);
