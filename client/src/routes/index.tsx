import { createBrowserRouter } from 'react-router';
import { Layout } from '../components/Layout';
import { RequireAuth } from '../features/auth/RequireAuth';
import { AREA_ROLES } from '../features/auth/useSession';
import { AcceptInvitationPage } from './AcceptInvitationPage';
import { AccountPage } from './AccountPage';
import { AuditPage } from './AuditPage';
import { ForgotPasswordPage } from './ForgotPasswordPage';
import { HomePage } from './HomePage';
import { NotFoundPage } from './NotFoundPage';
import { OrganisationPage } from './OrganisationPage';
import { PrivacyPage } from './PrivacyPage';
import { ResetPasswordPage } from './ResetPasswordPage';
import { RouteErrorPage } from './RouteErrorPage';
import { SignInPage } from './SignInPage';
import { SignUpPage } from './SignUpPage';
import { VerificationsPage } from './VerificationsPage';
import { VerifyEmailPage } from './VerifyEmailPage';
import { paths } from './paths';

/**
 * Every page of the app. Pages sit in a pathless route with an error boundary, so a page that fails still shows
 * the header, the language choice and the footer around the error message. Pages that need a signed-in person
 * (or a role) sit under RequireAuth.
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
            { path: paths.signUp, element: <SignUpPage /> },
            { path: paths.signIn, element: <SignInPage /> },
            { path: paths.verifyEmail, element: <VerifyEmailPage /> },
            { path: paths.forgotPassword, element: <ForgotPasswordPage /> },
            { path: paths.resetPassword, element: <ResetPasswordPage /> },
            { path: paths.privacy, element: <PrivacyPage /> },
            { path: paths.acceptInvitation, element: <AcceptInvitationPage /> },
            {
              element: <RequireAuth />,
              children: [
                { path: paths.account, element: <AccountPage /> },
                { path: paths.organisation, element: <OrganisationPage /> },
              ],
            },
            { element: <RequireAuth roles={AREA_ROLES.verifications} />, children: [{ path: paths.verifications, element: <VerificationsPage /> }] },
            { element: <RequireAuth roles={AREA_ROLES.audit} />, children: [{ path: paths.audit, element: <AuditPage /> }] },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ]);
}
