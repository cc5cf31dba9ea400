import {
  ActionIcon,
  Button,
  Group,
  Indicator,
  Popover,
  ScrollArea,
  Stack,
  Text,
  UnstyledButton,
} from "@mantine/core";
import { IconBell } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import type { NotificationDto } from "../../../shared/action-items.ts";
import { paths } from "../../app/paths.ts";
import { useFormatDateTime } from "../../ui/format-date.ts";
import { useFormatDay } from "../../ui/format-day.ts";
import { LoadMoreButton } from "../../ui/load-more-button.tsx";
import { useMarkNotificationsRead, useNotifications, useUnreadCount } from "./action-items-api.ts";

/**
 * The bell in the header: how many notifications are unread (action items assigned to the
 * caller's organisation, due soon, overdue), and the latest of them. Opening one marks it read.
 */
export function NotificationBell() {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const unread = useUnreadCount();
  const count = unread.data?.unreadCount ?? 0;
  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" width={340} shadow="md" trapFocus>
      <Indicator label={count > 99 ? "99+" : count} size={18} color="red.8" disabled={count === 0} offset={4}>
        <Popover.Target>
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            onClick={() => setOpened((o) => !o)}
            aria-label={count > 0 ? t("followUp.bell.labelUnread", { count }) : t("followUp.bell.label")}
          >
            <IconBell size={22} aria-hidden />
          </ActionIcon>
        </Popover.Target>
      </Indicator>
      <Popover.Dropdown p="xs">
        {opened ? <NotificationList onClose={() => setOpened(false)} /> : null}
      </Popover.Dropdown>
    </Popover>
  );
}

function NotificationList({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const list = useNotifications(true);
  const mark = useMarkNotificationsRead();
  const formatDateTime = useFormatDateTime();
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const unread = list.data?.pages[0]?.unreadCount ?? 0;

  function open(notification: NotificationDto) {
    if (!notification.readAt) mark.mutate(notification.id);
    onClose();
    if (notification.actionItemId) navigate(paths.actionItem(notification.actionItemId));
  }

  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Text fw={700}>{t("followUp.bell.title")}</Text>
        {unread > 0 ? (
          <Button
            size="compact-sm"
            variant="subtle"
            onClick={() => mark.mutate(null)}
            loading={mark.isPending}
          >
            {t("followUp.bell.readAll")}
          </Button>
        ) : null}
      </Group>
      {list.isSuccess && items.length === 0 ? <Text size="sm">{t("followUp.bell.empty")}</Text> : null}
      <ScrollArea.Autosize mah={380} type="auto">
        <Stack component="ul" gap={4} p={0} m={0} style={{ listStyle: "none" }}>
          {items.map((n) => (
            <li key={n.id}>
              <UnstyledButton
                onClick={() => open(n)}
                p="xs"
                w="100%"
                style={{
                  borderRadius: 6,
                  background: n.readAt ? undefined : "var(--mantine-color-blue-light)",
                }}
              >
                <NotificationText notification={n} />
                <Text size="xs" c="dimmed">
                  {formatDateTime(n.createdAt)}
                </Text>
              </UnstyledButton>
            </li>
          ))}
        </Stack>
        <LoadMoreButton
          hasMore={list.hasNextPage}
          loading={list.isFetchingNextPage}
          onLoadMore={() => void list.fetchNextPage()}
        />
      </ScrollArea.Autosize>
    </Stack>
  );
}

function NotificationText({ notification: n }: { notification: NotificationDto }) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const due = formatDay(n.dueOn);
  const headline =
    n.kind === "action_item_assigned"
      ? t("followUp.bell.assigned", { date: due })
      : n.kind === "action_item_overdue"
        ? t("followUp.bell.overdue", { count: n.days ?? 0, date: due })
        : n.days === 0
          ? t("followUp.bell.dueToday")
          : t("followUp.bell.dueSoon", { count: n.days ?? 0, date: due });
  return (
    <>
      <Text size="sm" fw={n.readAt ? 400 : 700} c={n.kind === "action_item_overdue" ? "red.9" : undefined}>
        {headline}
      </Text>
      <Text size="sm" lineClamp={2}>
        {n.description}
      </Text>
    </>
  );
}
