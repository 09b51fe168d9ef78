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
import { ProfileEditorPage } from './ProfileEditorPage';
import { ProfilePage } from './ProfilePage';
import { ProfilePreviewPage } from './ProfilePreviewPage';
import { ResetPasswordPage } from './ResetPasswordPage';
import { RouteErrorPage } from './RouteErrorPage';
import { SignInPage } from './SignInPage';
import { SignUpPage } from './SignUpPage';
import { TaxonomyPage } from './TaxonomyPage';
import { TalentProfilePage } from './TalentProfilePage';
import { VerificationsPage } from './VerificationsPage';
import { VerifyEmailPage } from './VerifyEmailPage';
import { OPPORTUNITY_ROLES } from '../features/opportunities/roles';
import { ApplicationPage } from './ApplicationPage';
import { MyApplicationsPage } from './MyApplicationsPage';
import { OpportunitiesPage } from './OpportunitiesPage';
import { OpportunityBoardPage } from './OpportunityBoardPage';
import { OpportunityEditPage } from './OpportunityEditPage';
import { OpportunityNewPage } from './OpportunityNewPage';
import { OpportunityPage } from './OpportunityPage';
import { OrganisationOpportunitiesPage } from './OrganisationOpportunitiesPage';
import { ConversationLinkRedirect, ConversationPage } from '../features/messages/ConversationPage';
import { ConversationsPage } from '../features/messages/ConversationsPage';
import { NotificationSettingsPage } from '../features/notifications/NotificationSettingsPage';
import { NotificationsPage } from '../features/notifications/NotificationsPage';
import { TalentSearchPage } from '../features/search/TalentSearchPage';
import { SavedSearchesPage } from '../features/savedSearches/SavedSearchesPage';
import { OpportunitySearchPage } from '../features/search/OpportunitySearchPage';
import { MyMatchesPage } from '../features/matches/MyMatchesPage';
import { TalentMatchesPage } from '../features/matches/TalentMatchesPage';
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
            { element: <RequireAuth roles={AREA_ROLES.taxonomy} />, children: [{ path: paths.taxonomy, element: <TaxonomyPage /> }] },
            {
              element: <RequireAuth roles={AREA_ROLES.profile} />,
              children: [
                { path: paths.profile, element: <ProfilePage /> },
                { path: paths.profileEdit, element: <ProfileEditorPage /> },
                { path: paths.profilePreview, element: <ProfilePreviewPage /> },
              ],
            },
            { element: <RequireAuth roles={AREA_ROLES.talentProfiles} />, children: [{ path: paths.talent, element: <TalentProfilePage /> }] },
            {
              element: <RequireAuth />,
              children: [
                { path: paths.opportunities, element: <OpportunitiesPage /> },
                { path: paths.opportunity, element: <OpportunityPage /> },
              ],
            },
            {
              element: <RequireAuth roles={OPPORTUNITY_ROLES.manage} />,
              children: [
                { path: paths.organisationOpportunities, element: <OrganisationOpportunitiesPage /> },
                { path: paths.opportunityNew, element: <OpportunityNewPage /> },
                { path: paths.opportunityEdit, element: <OpportunityEditPage /> },
                { path: paths.opportunityBoard, element: <OpportunityBoardPage /> },
              ],
            },
            { element: <RequireAuth roles={OPPORTUNITY_ROLES.apply} />, children: [{ path: paths.myApplications, element: <MyApplicationsPage /> }] },
            { element: <RequireAuth roles={OPPORTUNITY_ROLES.application} />, children: [{ path: paths.application, element: <ApplicationPage /> }] },
            {
              element: <RequireAuth />,
              children: [
                { path: paths.messages, element: <ConversationsPage /> },
                { path: paths.conversation, element: <ConversationPage /> },
                { path: paths.conversationLink, element: <ConversationLinkRedirect /> },
                { path: paths.notifications, element: <NotificationsPage /> },
                { path: paths.notificationSettings, element: <NotificationSettingsPage /> },
              ],
            },
            { element: <RequireAuth roles={AREA_ROLES.talentProfiles} />, children: [{ path: paths.search, element: <TalentSearchPage /> }] },
            { element: <RequireAuth roles={AREA_ROLES.talentProfiles} />, children: [{ path: paths.savedSearches, element: <SavedSearchesPage /> }] },
            { element: <RequireAuth roles={OPPORTUNITY_ROLES.manage} />, children: [{ path: paths.opportunityMatches, element: <TalentMatchesPage /> }] },
            { element: <RequireAuth roles={OPPORTUNITY_ROLES.apply} />, children: [{ path: paths.myMatches, element: <MyMatchesPage /> }] },
            { element: <RequireAuth />, children: [{ path: paths.opportunitySearch, element: <OpportunitySearchPage /> }] },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ]);
}
