import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  CreateKnowledgeTestInput,
  KnowledgeTestDto,
  KnowledgeTestEnvelope,
  UpdateKnowledgeTestInput,
} from "../../../shared/prevention-tests.ts";
import { api } from "../../app/api-client.ts";
import { activityKey } from "../prevention/prevention-api.ts";

const testKey = (activityId: string) => [...activityKey(activityId), "knowledge-test"] as const;
const testPath = (activityId: string) => `/prevention/activities/${activityId}/knowledge-test`;

/**
 * An activity's test and its results. While a phase is open the answers come in from the hall,
 * so the organiser's screen refreshes itself every few seconds.
 */
export function useKnowledgeTest(activityId: string) {
  return useQuery({
    queryKey: testKey(activityId),
    queryFn: ({ signal }) => api.get<KnowledgeTestEnvelope>(testPath(activityId), undefined, signal),
    refetchInterval: (query) => (query.state.data?.test?.openPhase ? 5_000 : false),
  });
}

function useTestMutation<I>(activityId: string, send: (input: I) => Promise<KnowledgeTestDto | undefined>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (test) => {
      queryClient.setQueryData<KnowledgeTestEnvelope>(testKey(activityId), (current) => ({
        test: test ?? null,
        abilities: { create: !test && Boolean(current?.test?.abilities.update) },
      }));
      return queryClient.invalidateQueries({ queryKey: testKey(activityId) });
    },
  });
}

export function useCreateKnowledgeTest(activityId: string) {
  return useTestMutation(activityId, (input: CreateKnowledgeTestInput) =>
    api.post<KnowledgeTestDto>(testPath(activityId), input),
  );
}

export function useUpdateKnowledgeTest(activityId: string) {
  return useTestMutation(activityId, (input: UpdateKnowledgeTestInput) =>
    api.patch<KnowledgeTestDto>(testPath(activityId), input),
  );
}

export function useDeleteKnowledgeTest(activityId: string) {
  return useTestMutation(activityId, async () => {
    await api.delete<void>(testPath(activityId));
    return undefined;
  });
}
