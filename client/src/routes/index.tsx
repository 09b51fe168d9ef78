import { createBrowserRouter } from 'react-router';
import { Layout } from '../components/Layout';
import { HomePage } from './HomePage';
import { NotFoundPage } from './NotFoundPage';
import { RouteErrorPage } from './RouteErrorPage';

/**
 * Every page of the app. Pages sit in a pathless route with an error boundary, so a page that fails still shows
 * the header, the language choice and the footer around the error message.
 */
export function createAppRouter() {
  return createBrowserRouter([
    {
      element: <Layout />,
      children: [
        {
          errorElement: <RouteErrorPage />,
          children: [
            { index: true, element: <HomePage /> },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ]);
}
