import { ActionIcon, Code, Table, Text } from "@mantine/core";
import { IconChevronDown, IconChevronRight } from "@tabler/icons-react";
import { Fragment, useState } from "react";
import { useTranslation } from "react-i18next";
import type { AuditEventDto } from "../../../shared/audit.ts";
import { useFormatDateTime } from "../../ui/format-date.ts";
import { auditEventLabel } from "./audit-event-label.ts";

const columnCount = 6;

export function AuditTable({ events }: { events: AuditEventDto[] }) {
  const { t, i18n } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(new Set());

  function toggle(seq: number) {
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(seq)) next.delete(seq);
      else next.add(seq);
      return next;
    });
  }

  return (
    <Table.ScrollContainer minWidth={820}>
      <Table verticalSpacing="xs" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("audit.time")}</Table.Th>
            <Table.Th>{t("audit.event")}</Table.Th>
            <Table.Th>{t("audit.actor")}</Table.Th>
            <Table.Th>{t("audit.record")}</Table.Th>
            <Table.Th>{t("audit.ip")}</Table.Th>
            <Table.Th>{t("audit.details")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((event) => {
            const open = expanded.has(event.seq);
            const detailsId = `audit-details-${event.seq}`;
            const label = auditEventLabel(i18n, event.event);
            return (
              <Fragment key={event.seq}>
                <Table.Tr>
                  <Table.Td>
                    <Text size="sm" style={{ whiteSpace: "nowrap" }}>
                      {formatDateTime(event.occurredAt)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{label}</Text>
                    {label !== event.event ? (
                      <Text size="xs" c="dimmed" ff="monospace">
                        {event.event}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>{event.actorName ?? t("audit.system")}</Table.Td>
                  <Table.Td>
                    {event.recordType ? (
                      <Text size="sm" ff="monospace" style={{ wordBreak: "break-all" }}>
                        {event.recordType}
                        {event.recordId ? ` ${event.recordId}` : ""}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" ff="monospace">
                      {event.ip ?? ""}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="dark"
                      onClick={() => toggle(event.seq)}
                      aria-expanded={open}
                      aria-controls={open ? detailsId : undefined}
                      aria-label={t("audit.showDetails", { event: label, seq: event.seq })}
                    >
                      {open ? (
                        <IconChevronDown size={18} aria-hidden />
                      ) : (
                        <IconChevronRight size={18} aria-hidden />
                      )}
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
                {open ? (
                  <Table.Tr id={detailsId}>
                    <Table.Td colSpan={columnCount}>
                      <Code block>{JSON.stringify(event.data, null, 2)}</Code>
                    </Table.Td>
                  </Table.Tr>
                ) : null}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
