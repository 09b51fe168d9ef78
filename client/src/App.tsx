import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
// From 'react-router', not 'react-router/dom': under Vitest the /dom entry loads a second copy of the router
// (its hooks then see no router). The /dom variant only adds flushSync navigations, which we do not use.
import { RouterProvider } from 'react-router';
import type { createAppRouter } from './routes';

type AppProps = {
  /** Translations, created before rendering so the first paint is already in the right language. */
  i18n: I18n;
  /** Server-data cache; tests pass one without retries. */
  queryClient: QueryClient;
  /** The page routes, bound to the browser's address. */
  router: ReturnType<typeof createAppRouter>;
};

/**
 * The whole client wired together. Everything stateful is created by the caller (main.tsx, or a test), so a test
 * can start the app as often as a user reloads the page.
 */
export function App({ i18n, queryClient, router }: AppProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </I18nextProvider>
  );
}
