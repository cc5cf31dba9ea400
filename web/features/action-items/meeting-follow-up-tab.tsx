import { Alert, Anchor, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { IconArrowBarToDown, IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { MeetingDto } from "../../../shared/coordination.ts";
import { paths } from "../../app/paths.ts";
import { useFormatDay } from "../../ui/format-day.ts";
import { InlineLoader } from "../../ui/inline-loader.tsx";
import { LoadMoreButton } from "../../ui/load-more-button.tsx";
import { notifyError, notifySuccess } from "../../ui/notify.ts";
import { QueryError } from "../../ui/query-error.tsx";
import { wibDayKey } from "../coordination/meeting-time.ts";
import { ActionItemStatusBadge } from "./action-item-badges.tsx";
import { ActionItemCard } from "./action-item-card.tsx";
import { ActionItemForm } from "./action-item-form.tsx";
import { useActionItems, useAgendaActionItems, usePullOpenItems } from "./action-items-api.ts";

/**
 * The meeting page's "Tindak lanjut" tab: the items this meeting asked for, recorded from the
 * minutes one after another (linked to a decision where one applies), and the open items of the
 * previous meeting pulled into this one's agenda.
 */
export function MeetingFollowUpTab({ meeting }: { meeting: MeetingDto }) {
  const { t } = useTranslation();
  const manage = meeting.abilities.manage && meeting.status !== "cancelled";
  const [adding, setAdding] = useState(false);
  const list = useActionItems({ scope: "all", state: null, meetingId: meeting.id });
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Stack gap="xl">
      <section aria-labelledby="follow-up-title">
        <Group justify="space-between" mb="sm" gap="sm">
          <Title id="follow-up-title" order={2} size="h4">
            {t("followUp.meeting.title")}
          </Title>
          <Group gap="xs">
            {items.length > 0 ? (
              <Anchor
                component={Link}
                to={`${paths.actionItems}?tampilan=semua&status=semua&rapat=${meeting.id}`}
                size="sm"
              >
                {t("followUp.meeting.openList")}
              </Anchor>
            ) : null}
            {manage && !adding ? (
              <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setAdding(true)}>
                {t("followUp.meeting.add")}
              </Button>
            ) : null}
          </Group>
        </Group>
        {adding ? (
          <Paper withBorder p="md" radius="md" mb="md">
            <ActionItemForm
              meeting={meeting}
              submitLabel={t("followUp.meeting.save")}
              onCancel={() => setAdding(false)}
              onSaved={() => notifySuccess(t("followUp.meeting.saved"))}
            />
          </Paper>
        ) : null}
        {list.isPending ? <InlineLoader /> : null}
        {list.isError ? <QueryError error={list.error} onRetry={() => void list.refetch()} /> : null}
        {list.isSuccess && items.length === 0 ? (
          <Text c="dimmed">{manage ? t("followUp.meeting.emptyManage") : t("followUp.meeting.empty")}</Text>
        ) : null}
        {items.length > 0 ? (
          <Stack
            component="ul"
            gap="sm"
            p={0}
            m={0}
            style={{ listStyle: "none" }}
            aria-label={t("followUp.meeting.listLabel")}
          >
            {items.map((item) => (
              <ActionItemCard key={item.id} item={item} showMeeting={false} />
            ))}
          </Stack>
        ) : null}
        <LoadMoreButton
          hasMore={list.hasNextPage}
          loading={list.isFetchingNextPage}
          onLoadMore={() => void list.fetchNextPage()}
        />
      </section>
      <PulledItems meeting={meeting} manage={manage} />
    </Stack>
  );
}

/** The previous meeting's open items on this agenda, and the action that puts them there. */
function PulledItems({ meeting, manage }: { meeting: MeetingDto; manage: boolean }) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const pulled = useAgendaActionItems(meeting.id);
  const pull = usePullOpenItems(meeting.id);
  const items = pulled.data?.items ?? [];
  const agendaTitle = (agendaItemId: string) => meeting.agenda.find((a) => a.id === agendaItemId);

  function pullNow() {
    pull.mutate(undefined, {
      onSuccess: (result) => {
        if (!result.fromMeeting) notifySuccess(t("followUp.pull.noPrevious"));
        else
          notifySuccess(
            t("followUp.pull.done", {
              count: result.added,
              title: result.fromMeeting.title,
              date: formatDay(wibDayKey(result.fromMeeting.startsAt)),
            }),
          );
      },
      onError: (error) => notifyError(t("followUp.pull.failed"), error.message),
    });
  }

  if (!manage && items.length === 0) return null;
  return (
    <section aria-labelledby="pulled-title">
      <Group justify="space-between" mb="sm" gap="sm">
        <Title id="pulled-title" order={2} size="h4">
          {t("followUp.pull.title")}
        </Title>
        {manage ? (
          <Button
            variant="default"
            leftSection={<IconArrowBarToDown size={18} aria-hidden />}
            loading={pull.isPending}
            onClick={pullNow}
          >
            {t("followUp.pull.action")}
          </Button>
        ) : null}
      </Group>
      {manage ? (
        <Text size="sm" c="dimmed" mb="sm">
          {t("followUp.pull.hint")}
        </Text>
      ) : null}
      {pulled.isError ? <Alert color="red">{pulled.error.message}</Alert> : null}
      {items.length > 0 ? (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: "none" }}>
          {items.map((link) => (
            <Paper component="li" key={link.agendaItemId} withBorder p="sm" radius="md">
              <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
                <Stack gap={2}>
                  <Anchor component={Link} to={paths.actionItem(link.actionItemId)} size="sm" fw={600}>
                    {link.description}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {[
                      t("followUp.pull.agendaItem", {
                        position: agendaTitle(link.agendaItemId)?.position ?? "?",
                      }),
                      link.ownerOrganizationName,
                      t("followUp.due.on", { date: formatDay(link.dueOn) }),
                    ].join(" · ")}
                  </Text>
                </Stack>
                <ActionItemStatusBadge status={link.status} />
              </Group>
            </Paper>
          ))}
        </Stack>
      ) : null}
    </section>
  );
}
