import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
// From 'react-router', not 'react-router/dom': under Vitest the /dom entry loads a second copy of the router
// (its hooks then see no router). The /dom variant only adds react-dom's flushSync, which we pass ourselves: leaving a
// signed-in page on sign-out must commit before the session changes, or the page's guard redirects to sign-in first.
import { RouterProvider } from 'react-router';
import { flushSync } from 'react-dom';
import type { createAppRouter } from './routes';
import { RealtimeProvider } from './realtime/RealtimeProvider';
import type { SocketFactory } from './realtime/socket';

/** react-dom's flushSync in the shape RouterProvider takes. */
function flushRouterUpdate(update: () => unknown): undefined {
  flushSync(update);
}

type AppProps = {
  /** Translations, created before rendering so the first paint is already in the right language. */
  i18n: I18n;
  /** Server-data cache; tests pass one without retries. */
  queryClient: QueryClient;
  /** The page routes, bound to the browser's address. */
  router: ReturnType<typeof createAppRouter>;
  /** The live connection; the real socket.io client unless a test passes a fake one. */
  socketFactory?: SocketFactory;
};

/**
 * The whole client wired together. Everything stateful is created by the caller (main.tsx, or a test), so a test
 * can start the app as often as a user reloads the page.
 */
export function App({ i18n, queryClient, router, socketFactory }: AppProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <RealtimeProvider socketFactory={socketFactory}>
          <RouterProvider router={router} flushSync={flushRouterUpdate} />
        </RealtimeProvider>
      </QueryClientProvider>
    </I18nextProvider>
  );
}
