import { useNavigate } from 'react-router';
import { paths } from '../../routes/paths';
import { useSignOut } from './authApi';
import type { Notice } from '../../components/FlashNotice';

/** Signs out (here or everywhere) and lands on the home page with a note saying it worked. */
export function useSignOutToHome() {
  const navigate = useNavigate();
  return useSignOut((everywhere) => {
    const notice: Notice = everywhere ? 'signedOutEverywhere' : 'signedOut';
    // flushSync: the home page must be on screen before the session says "signed out" (see App.tsx).
    return navigate(paths.home, { state: { notice }, flushSync: true });
  });
}
