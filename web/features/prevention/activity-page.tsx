import { Alert, Anchor, Button, Group, Modal, ScrollArea, Tabs } from "@mantine/core";
import { IconPencil } from "@tabler/icons-react";
import { Suspense, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { isApiError } from "../../app/api-client.ts";
import { paths } from "../../app/paths.ts";
import { InlineLoader } from "../../ui/inline-loader.tsx";
import { notifySuccess } from "../../ui/notify.ts";
import { PageHeader } from "../../ui/page-header.tsx";
import { QueryError } from "../../ui/query-error.tsx";
import { usePhoneModal } from "../complaints/use-phone-modal.ts";
import { ActivityDownloads } from "../prevention-tests/activity-downloads.tsx";
import { ActivityStatusBadge, OverdueBadge } from "./activity-badges.tsx";
import { ActivityForm } from "./activity-form.tsx";
import { activityTabs } from "./activity-tabs.tsx";
import { useActivity, useUpdateActivity } from "./prevention-api.ts";

/** `/pencegahan/:activityId/:tab?`: one activity, its participants, files and what other features add. */
export function ActivityPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { activityId = "", tab } = useParams();
  const activity = useActivity(activityId);
  const known = activityTabs.some((entry) => entry.slug === tab);
  const current = known ? tab! : activityTabs[0]!.slug;
  const [editing, setEditing] = useState(false);
  const phoneModal = usePhoneModal();
  const update = useUpdateActivity(activityId);

  // An unknown tab in the address falls back to the first, keeping the address honest.
  useEffect(() => {
    if (tab !== undefined && !known) navigate(paths.activity(activityId), { replace: true });
  }, [tab, known, activityId, navigate]);

  if (activity.isPending) return <InlineLoader />;
  if (activity.isError) {
    const missing =
      isApiError(activity.error, "not_found") || isApiError(activity.error, "validation_failed");
    return (
      <>
        <PageHeader title={missing ? t("prevention.detail.notFound") : t("prevention.list.title")} />
        {missing ? (
          <Alert color="gray">{t("prevention.detail.notFoundBody")}</Alert>
        ) : (
          <QueryError error={activity.error} onRetry={() => void activity.refetch()} />
        )}
      </>
    );
  }
  const record = activity.data;

  return (
    <>
      <Anchor component={Link} to={paths.prevention} size="sm">
        {t("prevention.detail.back")}
      </Anchor>
      <PageHeader
        title={record.title}
        description={
          <Group gap={6} component="span">
            <ActivityStatusBadge status={record.status} />
            {record.overdue ? <OverdueBadge /> : null}
          </Group>
        }
        actions={
          <>
            <ActivityDownloads activity={record} />
            {record.abilities.update ? (
              <Button
                variant="default"
                leftSection={<IconPencil size={18} aria-hidden />}
                onClick={() => setEditing(true)}
              >
                {t("common.edit")}
              </Button>
            ) : null}
          </>
        }
      />
      {record.overdue && record.abilities.update ? (
        <Alert color="orange" mb="md">
          {t("prevention.detail.overdueHint")}
        </Alert>
      ) : null}
      <Tabs
        value={current}
        onChange={(value) => value && navigate(paths.activity(record.id, value))}
        keepMounted={false}
        activateTabWithKeyboard={false}
      >
        <ScrollArea type="auto" scrollbarSize={6} offsetScrollbars="x">
          <Tabs.List style={{ flexWrap: "nowrap" }} aria-label={t("prevention.detail.tabs")}>
            {activityTabs.map((entry) => (
              <Tabs.Tab key={entry.slug} value={entry.slug} style={{ whiteSpace: "nowrap" }}>
                {entry.label(t)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
        </ScrollArea>
        {activityTabs.map((entry) => (
          <Tabs.Panel key={entry.slug} value={entry.slug} pt="md">
            {entry.slug === current ? (
              <Suspense fallback={<InlineLoader />}>{entry.render(record)}</Suspense>
            ) : null}
          </Tabs.Panel>
        ))}
      </Tabs>
      <Modal
        {...phoneModal}
        opened={editing}
        onClose={() => setEditing(false)}
        title={t("prevention.form.editTitle")}
        size="xl"
        closeButtonProps={{ "aria-label": t("common.close") }}
      >
        {editing ? (
          <ActivityForm
            activity={record}
            pending={update.isPending}
            submitLabel={t("common.save")}
            onCancel={() => setEditing(false)}
            onSubmit={(input, form) =>
              update.mutate(input, {
                onSuccess: () => {
                  notifySuccess(t("prevention.form.updated"));
                  setEditing(false);
                },
                onError: (error) => form.showApiError(error),
              })
            }
          />
        ) : null}
      </Modal>
    </>
  );
}
