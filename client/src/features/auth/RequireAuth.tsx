import { Navigate, Outlet, useLocation } from 'react-router';
import type { Role } from '@kafaat/shared';
import { LoadError, Loading } from '../../components/QueryStatus';
import { signInPath } from '../../routes/paths';
import { NoAccess } from './NoAccess';
import { useSession } from './useSession';

/**
 * Guards the pages below it: signed-out visitors go to sign-in with a way back here; signed-in people without
 * one of `roles` see a translated "no access" page instead of an empty screen or a raw 403.
 */
export function RequireAuth({ roles }: { roles?: readonly Role[] }) {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) {
    return (
      <div className="container page">
        <Loading />
      </div>
    );
  }
  if (session.isError) {
    return (
      <div className="container page">
        <LoadError error={session.error} onRetry={() => void session.refetch()} />
      </div>
    );
  }
  const { user } = session.data;
  if (!user) return <Navigate to={signInPath(`${location.pathname}${location.search}`)} replace />;
  if (roles && !roles.includes(user.role)) return <NoAccess />;
  return <Outlet />;
}
