import { ActionIcon, Alert, Box, Group, Stack, Text, Title, UnstyledButton } from "@mantine/core";
import { IconChevronLeft, IconChevronRight } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { MeetingSummary } from "../../../shared/coordination.ts";
import { InlineLoader } from "../../ui/inline-loader.tsx";
import { QueryError } from "../../ui/query-error.tsx";
import { useMeetingsInRange } from "./coordination-api.ts";
import { MeetingCard } from "./meeting-card.tsx";
import { wibDayKey } from "./meeting-time.ts";

/** "2024-05" moved by n months. */
export function shiftMonth(month: string, n: number): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const index = y * 12 + (m - 1) + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** The month's bounds as instants: from its first midnight in Jakarta to the next month's. */
export function monthRange(month: string): { from: string; to: string } {
  return { from: `${month}-01T00:00:00+07:00`, to: `${shiftMonth(month, 1)}-01T00:00:00+07:00` };
}

/** The cells of a month grid (Monday first): blanks before the 1st and after the last day. */
function gridDays(month: string): { key: string; day: string | null }[] {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const first = new Date(Date.UTC(y, m - 1, 1));
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const lead = (first.getUTCDay() + 6) % 7;
  const cells = Array.from({ length: lead }, (_, i) => ({ key: `before-${i}`, day: null as string | null }));
  for (let d = 1; d <= daysInMonth; d++) {
    const day = `${month}-${String(d).padStart(2, "0")}`;
    cells.push({ key: day, day });
  }
  for (let i = 0; cells.length % 7 !== 0; i++) cells.push({ key: `after-${i}`, day: null });
  return cells;
}

type MeetingCalendarProps = { month: string; onMonthChange: (month: string) => void };

/**
 * A month of meetings. The grid marks the days with meetings; tapping a day lists its meetings
 * below (on a phone the grid is small, the list is what one reads). Without a chosen day the
 * whole month is listed.
 */
export function MeetingCalendar({ month, onMonthChange }: MeetingCalendarProps) {
  const { t, i18n } = useTranslation();
  const range = monthRange(month);
  const query = useMeetingsInRange(range.from, range.to);
  const [chosen, setChosen] = useState<string | null>(null);
  const byDay = new Map<string, MeetingSummary[]>();
  for (const meeting of query.data?.items ?? []) {
    const key = wibDayKey(meeting.startsAt);
    byDay.set(key, [...(byDay.get(key) ?? []), meeting]);
  }
  const locale = i18n.language === "en" ? "en-GB" : "id-ID";
  const monthLabel = new Intl.DateTimeFormat(locale, {
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${month}-01T00:00:00Z`));
  const weekdays = Array.from({ length: 7 }, (_, i) =>
    new Intl.DateTimeFormat(locale, { weekday: "short", timeZone: "UTC" }).format(
      new Date(Date.UTC(2024, 0, 1 + i)),
    ),
  );
  const today = wibDayKey(new Date());
  const shown = chosen ? (byDay.get(chosen) ?? []) : (query.data?.items ?? []);

  function go(n: number) {
    setChosen(null);
    onMonthChange(shiftMonth(month, n));
  }

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="nowrap">
        <ActionIcon
          variant="default"
          size="xl"
          onClick={() => go(-1)}
          aria-label={t("coordination.calendar.previous")}
        >
          <IconChevronLeft aria-hidden />
        </ActionIcon>
        <Title order={2} size="h3" aria-live="polite">
          {monthLabel}
        </Title>
        <ActionIcon
          variant="default"
          size="xl"
          onClick={() => go(1)}
          aria-label={t("coordination.calendar.next")}
        >
          <IconChevronRight aria-hidden />
        </ActionIcon>
      </Group>
      {query.isError ? <QueryError error={query.error} onRetry={() => void query.refetch()} /> : null}
      <Box
        role="group"
        aria-label={monthLabel}
        style={{ display: "grid", gridTemplateColumns: "repeat(7, minmax(0, 1fr))", gap: 4 }}
      >
        {weekdays.map((day) => (
          <Text key={day} size="xs" fw={700} ta="center" c="dimmed" aria-hidden>
            {day}
          </Text>
        ))}
        {gridDays(month).map(({ key, day }) => {
          if (!day) return <div key={key} aria-hidden />;
          const count = byDay.get(day)?.length ?? 0;
          const selected = chosen === day;
          const label = t("coordination.calendar.dayLabel", {
            day: Number(day.slice(8)),
            count,
          });
          return (
            <UnstyledButton
              key={day}
              aria-label={label}
              aria-pressed={selected}
              onClick={() => setChosen(selected ? null : day)}
              style={{
                minHeight: 48,
                borderRadius: 6,
                border: `1px solid ${selected ? "var(--mantine-color-blue-7)" : "var(--mantine-color-gray-3)"}`,
                background: count > 0 ? "var(--mantine-color-blue-0)" : undefined,
                padding: 4,
                textAlign: "center",
              }}
            >
              <Text size="sm" fw={day === today ? 800 : 500} td={day === today ? "underline" : undefined}>
                {Number(day.slice(8))}
              </Text>
              {count > 0 ? (
                <Text size="xs" c="blue.9" fw={700} aria-hidden>
                  {"●".repeat(Math.min(count, 3))}
                </Text>
              ) : null}
            </UnstyledButton>
          );
        })}
      </Box>
      <Title order={3} size="h4">
        {chosen
          ? new Intl.DateTimeFormat(locale, { dateStyle: "full", timeZone: "UTC" }).format(
              new Date(`${chosen}T00:00:00Z`),
            )
          : t("coordination.calendar.allOfMonth")}
      </Title>
      {query.isPending ? <InlineLoader /> : null}
      {query.data && shown.length === 0 ? (
        <Alert color="gray">
          {chosen ? t("coordination.calendar.noneThatDay") : t("coordination.calendar.noneThatMonth")}
        </Alert>
      ) : null}
      <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: "none" }}>
        {shown.map((meeting) => (
          <MeetingCard key={meeting.id} meeting={meeting} />
        ))}
      </Stack>
    </Stack>
  );
}
