/**
 * The talent profile over the API: the talent's own copy (GET/PATCH /me/profile), the "as others see it" preview,
 * a talent's profile as an employer or officer opens it, and skill names for the ids a profile stores.
 */
import { queryOptions, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { OwnProfileSchema, SkillSuggestionSchema, ViewerProfileSchema, type OwnProfile, type ProfilePatch, type TaxonomyLabels } from '@kafaat/shared';
import { useApi } from '../../api/useApi';

/** Query keys of the profile data (the documents feature refreshes `own` when a CV or an accepted skill changes it). */
export const profileKeys = {
  own: ['me', 'profile'] as const,
  preview: ['me', 'profile', 'preview'] as const,
  talent: (id: string) => ['talents', id] as const,
  skillLabels: (id: string) => ['skills', 'labels', id] as const,
};

/** GET /me/profile: everything, sensitive answers included (defaults and `saved: false` before the first save). */
export function useOwnProfile() {
  const api = useApi();
  return useQuery({
    queryKey: profileKeys.own,
    queryFn: async ({ signal }) => OwnProfileSchema.parse(await api.get('/me/profile', signal)),
  });
}

/** PATCH /me/profile with the sections of one step; the answer replaces the cached profile. */
export function useSaveProfile() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (patch: ProfilePatch): Promise<OwnProfile> => OwnProfileSchema.parse(await api.patch('/me/profile', patch)),
    onSuccess: (profile) => {
      queryClient.setQueryData(profileKeys.own, profile);
      void queryClient.invalidateQueries({ queryKey: profileKeys.preview });
    },
  });
}

/** GET /me/profile/preview: exactly what verified employers and officers receive. */
export function useProfilePreview() {
  const api = useApi();
  return useQuery({
    queryKey: profileKeys.preview,
    queryFn: async ({ signal }) => ViewerProfileSchema.parse(await api.get('/me/profile/preview', signal)),
    staleTime: 0, // The talent comes here right after editing: always show the latest.
  });
}

/** GET /talents/:id for employers and officers (403 when not allowed, 404 when absent or hidden). */
export function useTalentProfile(id: string, enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: profileKeys.talent(id),
    queryFn: async ({ signal }) => ViewerProfileSchema.parse(await api.get(`/talents/${encodeURIComponent(id)}`, signal)),
    enabled,
  });
}

const SkillLabelsSchema = SkillSuggestionSchema.pick({ labels: true });

/** GET /skills/:id, keeping only the names (the rest of the answer is not needed here). */
function skillLabelsQuery(api: ReturnType<typeof useApi>, id: string) {
  return queryOptions({
    queryKey: profileKeys.skillLabels(id),
    queryFn: async ({ signal }): Promise<TaxonomyLabels> =>
      SkillLabelsSchema.parse(await api.get(`/skills/${encodeURIComponent(id)}`, signal)).labels,
    staleTime: Infinity, // The taxonomy changes a few times a year.
  });
}

/**
 * A skill's names in the three languages. Profiles store ids only: names come from the picker (remembered when a
 * skill is chosen) or, for skills saved earlier, from GET /skills/:id, once per skill and kept for the visit.
 */
export function useSkillLabels(id: string) {
  const api = useApi();
  return useQuery(skillLabelsQuery(api, id));
}

/** Remembers names the picker already gave, so a freshly added skill is named without another request. */
export function rememberSkillLabels(queryClient: QueryClient, id: string, labels: TaxonomyLabels): void {
  queryClient.setQueryData(profileKeys.skillLabels(id), labels);
}
