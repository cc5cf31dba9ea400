import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  ContactDto,
  ContactInput,
  CreateEntryInput,
  CreateMaterialInput,
  EntryDto,
  EntryKind,
  EntrySummary,
  EntryVersion,
  MaterialDto,
  MediaDto,
  MenuItemDto,
  PublishEntryInput,
  SaveEntryInput,
  SaveMenuInput,
  UpdateContactInput,
  UpdateMaterialInput,
  UploadImageRequest,
} from "../../../shared/portal.ts";
import { api } from "../../app/api-client.ts";

const portalKey = ["portal"] as const;
const entriesKey = [...portalKey, "entries"] as const;

export function useEntries(kind: EntryKind) {
  return useQuery({
    queryKey: [...entriesKey, "list", kind],
    queryFn: ({ signal }) => api.get<{ items: EntrySummary[] }>("/portal/entries", { kind }, signal),
  });
}

export function useEntry(id: string | undefined) {
  return useQuery({
    queryKey: [...entriesKey, "one", id],
    queryFn: ({ signal }) => api.get<EntryDto>(`/portal/entries/${id}`, undefined, signal),
    enabled: Boolean(id),
  });
}

export function useEntryVersion(id: string, number: number | null) {
  return useQuery({
    queryKey: [...entriesKey, "version", id, number],
    queryFn: ({ signal }) =>
      api.get<EntryVersion>(`/portal/entries/${id}/versions/${number}`, undefined, signal),
    enabled: number !== null,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** Every change to an entry answers the entry as it now stands: the cache takes it as it is. */
function useEntryMutation<I>(id: string, send: (input: I) => Promise<EntryDto>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (entry) => {
      queryClient.setQueryData([...entriesKey, "one", id], entry);
      void queryClient.invalidateQueries({ queryKey: [...entriesKey, "list"] });
    },
  });
}

export function useCreateEntry() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateEntryInput) => api.post<EntryDto>("/portal/entries", input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...entriesKey, "list"] }),
  });
}

export const useSaveEntry = (id: string) =>
  useEntryMutation(id, (input: SaveEntryInput) =>
    api.post<EntryDto>(`/portal/entries/${id}/versions`, input),
  );
export const useRestoreVersion = (id: string) =>
  useEntryMutation(id, (number: number) =>
    api.post<EntryDto>(`/portal/entries/${id}/versions/${number}/restore`),
  );
export const useSubmitEntry = (id: string) =>
  useEntryMutation(id, () => api.post<EntryDto>(`/portal/entries/${id}/submit`));
export const useReturnEntry = (id: string) =>
  useEntryMutation(id, (note: string) =>
    api.post<EntryDto>(`/portal/entries/${id}/return`, note ? { note } : {}),
  );
export const usePublishEntry = (id: string) =>
  useEntryMutation(id, (input: PublishEntryInput) =>
    api.post<EntryDto>(`/portal/entries/${id}/publish`, input),
  );
export const useWithdrawEntry = (id: string) =>
  useEntryMutation(id, () => api.post<EntryDto>(`/portal/entries/${id}/withdraw`));

export function useUploadImage() {
  return useMutation({
    mutationFn: (input: UploadImageRequest) => api.post<MediaDto>("/portal/images", input),
  });
}

const materialsKey = [...portalKey, "materials"] as const;

export function useMaterials() {
  return useQuery({
    queryKey: materialsKey,
    queryFn: ({ signal }) => api.get<{ items: MaterialDto[] }>("/portal/materials", undefined, signal),
  });
}

export function useCreateMaterial() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateMaterialInput) => api.post<MaterialDto>("/portal/materials", input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: materialsKey }),
  });
}

export function useUpdateMaterial() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: UpdateMaterialInput }) =>
      api.patch<MaterialDto>(`/portal/materials/${id}`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: materialsKey }),
  });
}

const menuKey = [...portalKey, "menu"] as const;

export function useMenu() {
  return useQuery({
    queryKey: menuKey,
    queryFn: ({ signal }) => api.get<{ items: MenuItemDto[] }>("/portal/menu", undefined, signal),
  });
}

export function useSaveMenu() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SaveMenuInput) => api.patch<{ items: MenuItemDto[] }>("/portal/menu", input),
    onSuccess: (menu) => queryClient.setQueryData(menuKey, menu),
  });
}

const contactsKey = [...portalKey, "contacts"] as const;

export function useContacts() {
  return useQuery({
    queryKey: contactsKey,
    queryFn: ({ signal }) => api.get<{ items: ContactDto[] }>("/portal/contacts", undefined, signal),
  });
}

export function useSaveContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string | null; input: ContactInput | UpdateContactInput }) =>
      id
        ? api.patch<ContactDto>(`/portal/contacts/${id}`, input)
        : api.post<ContactDto>("/portal/contacts", input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: contactsKey }),
  });
}

export function useDeleteContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete<void>(`/portal/contacts/${id}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: contactsKey }),
  });
}

/** A chosen file as base64, the way the API takes uploads. */
export function fileToBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ""));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}
