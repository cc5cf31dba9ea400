import { Anchor, Paper } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import type { CreateMeetingInput } from "../../../shared/coordination.ts";
import { paths } from "../../app/paths.ts";
import { InlineLoader } from "../../ui/inline-loader.tsx";
import { notifySuccess } from "../../ui/notify.ts";
import { PageHeader } from "../../ui/page-header.tsx";
import { QueryError } from "../../ui/query-error.tsx";
import { useCreateMeeting, useMeeting } from "./coordination-api.ts";
import { MeetingForm, meetingFormValues } from "./meeting-form.tsx";

/**
 * `/koordinasi/rapat/baru`: plan a meeting. With `?dari=<id>` the form starts as a copy of that
 * meeting (the next session of a series), so only the date needs typing.
 */
export function NewMeetingPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const fromId = params.get("dari") ?? "";
  const from = useMeeting(fromId);
  const create = useCreateMeeting();

  if (fromId && from.isPending) return <InlineLoader />;
  return (
    <>
      <Anchor component={Link} to={paths.coordination} size="sm">
        {t("coordination.detail.back")}
      </Anchor>
      <PageHeader
        title={fromId ? t("coordination.form.nextSessionTitle") : t("coordination.form.newTitle")}
        description={
          fromId && from.data ? (from.data.series?.title ?? from.data.title) : t("coordination.form.newIntro")
        }
      />
      {fromId && from.isError ? <QueryError error={from.error} onRetry={() => void from.refetch()} /> : null}
      <Paper withBorder p={{ base: "sm", sm: "lg" }} radius="md">
        <MeetingForm
          key={from.data?.id ?? "blank"}
          initial={meetingFormValues(from.data, true)}
          pending={create.isPending}
          submitLabel={t("coordination.form.create")}
          onCancel={() => navigate(paths.coordination)}
          onSubmit={(input, form) =>
            create.mutate(input as CreateMeetingInput, {
              onSuccess: (meeting) => {
                notifySuccess(t("coordination.form.created"));
                navigate(paths.meeting(meeting.id));
              },
              onError: form.showApiError,
            })
          }
        />
      </Paper>
    </>
  );
}
