/**
 * A mission after selection, over the API: the host side's confirmation (dates and logistics) and checklist, the
 * expert's report and the host's evaluation. Each answer is the whole application, written wherever it is cached.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApplicationSchema, type Application } from '@kafaat/shared';
import { API_BASE } from '../../api/session';
import { useApi } from '../../api/useApi';
import { rememberApplication } from '../applications/applicationsApi';

/** The four logistics items, by name. */
export type Checklist = { travel: boolean; visaLetter: boolean; accommodation: boolean; allowance: boolean };
export type MissionConfirmationInput = { startDate: string; endDate: string; checklist: Checklist };
export type MissionReportInput = { activities: string[]; deliverables: string[]; peopleTrained: number; followUp: string };
export type MissionEvaluationInput = {
  ratings: { objectivesMet: number; expertise: number; communication: number; overall: number };
  comments: string;
  wouldHostAgain: boolean;
};

const missionPath = (id: string) => `/applications/${encodeURIComponent(id)}/mission`;

/** The calendar file of a confirmed mission (a plain link: the browser downloads it with the session cookie). */
export const missionCalendarUrl = (id: string) => `${API_BASE}${missionPath(id)}.ics`;

function useMissionWrite<T>(send: (api: ReturnType<typeof useApi>, id: string, input: T) => Promise<unknown>) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, input }: { id: string; input: T }): Promise<Application> => ApplicationSchema.parse(await send(api, id, input)),
    onSuccess: (application) => rememberApplication(queryClient, application),
  });
}

/** PUT …/mission/confirmation (host side): selected → confirmed, or new dates for a confirmed mission. */
export const useConfirmMission = () =>
  useMissionWrite<MissionConfirmationInput>((api, id, input) => api.request(`${missionPath(id)}/confirmation`, { method: 'PUT', body: input }));

/** PATCH …/mission/checklist (host side): the items given are set, the others kept. */
export const useUpdateChecklist = () => useMissionWrite<Partial<Checklist>>((api, id, input) => api.patch(`${missionPath(id)}/checklist`, input));

/** PUT …/mission/report (the expert, once completed). */
export const useFileReport = () => useMissionWrite<MissionReportInput>((api, id, input) => api.request(`${missionPath(id)}/report`, { method: 'PUT', body: input }));

/** PUT …/mission/evaluation (host side, once completed). */
export const useFileEvaluation = () =>
  useMissionWrite<MissionEvaluationInput>((api, id, input) => api.request(`${missionPath(id)}/evaluation`, { method: 'PUT', body: input }));
