/** (being written) */
import type { ServiceContext } from '../../services/context';

export function meRoutes(_ctx: ServiceContext) {
  return [];
}
