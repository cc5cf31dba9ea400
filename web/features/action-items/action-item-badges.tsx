import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ActionItemDto, ActionItemStatus } from "../../../shared/action-items.ts";
import { useFormatDay } from "../../ui/format-day.ts";

// Colours whose text passes WCAG AA on their background (see web/app/theme.ts); "in progress"
// is told from "open" by its outline rather than by a paler colour.
const statusStyles: Record<ActionItemStatus, { color: string; variant: "light" | "outline" }> = {
  open: { color: "blue", variant: "light" },
  in_progress: { color: "blue", variant: "outline" },
  done: { color: "teal", variant: "light" },
  dropped: { color: "gray", variant: "light" },
};

export function ActionItemStatusBadge({ status }: { status: ActionItemStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant={statusStyles[status].variant} color={statusStyles[status].color}>
      {t(`followUp.status.${status}`)}
    </Badge>
  );
}

/**
 * When the item is due, in the words a busy owner acts on: late by how many days (red), due
 * today or within three days (outlined red), else the date. Closed items show their due date only.
 */
export function DueBadge({
  item,
}: {
  item: Pick<ActionItemDto, "dueOn" | "overdue" | "daysOverdue" | "daysLeft">;
}) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  if (item.overdue)
    return (
      <Badge variant="filled" color="red.8">
        {t("followUp.due.overdue", { count: item.daysOverdue ?? 0 })}
      </Badge>
    );
  if (item.daysLeft !== null && item.daysLeft <= 3)
    return (
      <Badge variant="outline" color="red.9">
        {item.daysLeft === 0 ? t("followUp.due.today") : t("followUp.due.soon", { count: item.daysLeft })}
      </Badge>
    );
  return (
    <Badge variant="default" style={{ textTransform: "none" }}>
      {t("followUp.due.on", { date: formatDay(item.dueOn) })}
    </Badge>
  );
}
