import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import type { MeResponse } from "../../shared/auth.ts";
import { isLanguage, type Language, rememberLanguage } from "../i18n/i18n.ts";
import { notifyError } from "../ui/notify.ts";
import { api } from "./api-client.ts";
import { meQueryKey } from "./query-keys.ts";

/** The UI language and a switch that also remembers it on the device and in the user's profile. */
export function useLanguage() {
  const { i18n, t } = useTranslation();
  const queryClient = useQueryClient();
  const savePreference = useMutation({
    mutationFn: (locale: Language) => api.patch<unknown>("/auth/me/preferences", { locale }),
    onSuccess: (_data, locale) => {
      queryClient.setQueryData<MeResponse | null>(meQueryKey, (me) =>
        me ? { ...me, user: { ...me.user, locale } } : me,
      );
    },
    onError: (error) => {
      notifyError(t("language.saveFailed"), error.message);
    },
  });

  const language: Language = isLanguage(i18n.language) ? i18n.language : "id";

  function changeLanguage(next: Language): void {
    rememberLanguage(next);
    // Saved after the switch, so the request (and any error it returns) is in the new language.
    void i18n.changeLanguage(next).then(() => {
      const me = queryClient.getQueryData<MeResponse | null>(meQueryKey);
      if (me && me.user.locale !== next) savePreference.mutate(next);
    });
  }

  return { language, changeLanguage };
}
