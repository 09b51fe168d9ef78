/** (being written) */
import type { ServiceContext } from '../../services/context';

export function adminRoutes(_ctx: ServiceContext) {
  return [];
}
