/** (being written) */
import type { ServiceContext } from '../../services/context';

export function organisationRoutes(_ctx: ServiceContext) {
  return [];
}
