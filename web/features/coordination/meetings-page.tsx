import { Alert, Button, SegmentedControl, Stack, TextInput, Title } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconAddressBook, IconHierarchy2, IconPlus, IconSearch } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { paths } from "../../app/paths.ts";
import { useCan } from "../../app/session-context.tsx";
import { InlineLoader } from "../../ui/inline-loader.tsx";
import { LoadMoreButton } from "../../ui/load-more-button.tsx";
import { PageHeader } from "../../ui/page-header.tsx";
import { QueryError } from "../../ui/query-error.tsx";
import { AttendanceRates } from "./attendance-rates.tsx";
import { type MeetingListFilters, useMeetings } from "./coordination-api.ts";
import { MeetingCalendar } from "./meeting-calendar.tsx";
import { MeetingCard } from "./meeting-card.tsx";
import { wibDayKey } from "./meeting-time.ts";

const views = ["list", "calendar", "attendance"] as const;
type View = (typeof views)[number];
// The address names the view and month in Indonesian, like the paths: ?tampilan=kalender&bulan=2024-05.
const viewParam: Record<View, string> = { list: "daftar", calendar: "kalender", attendance: "kehadiran" };

/** `/koordinasi`: the task force's meetings as a list (coming first) or a month calendar. */
export function MeetingsPage() {
  const { t } = useTranslation();
  const canManage = useCan("coordination.manage");
  const [params, setParams] = useSearchParams();
  const view = views.find((v) => viewParam[v] === params.get("tampilan")) ?? "list";
  const month = /^\d{4}-\d{2}$/.test(params.get("bulan") ?? "")
    ? params.get("bulan")!
    : wibDayKey(new Date()).slice(0, 7);

  function setView(next: View) {
    setParams((current) => {
      current.set("tampilan", viewParam[next]);
      return current;
    });
  }

  return (
    <>
      <PageHeader
        title={t("coordination.list.title")}
        description={t("coordination.list.intro")}
        actions={
          <>
            <Button
              component={Link}
              to={paths.structure}
              variant="default"
              leftSection={<IconHierarchy2 size={18} aria-hidden />}
            >
              {t("coordination.structure.title")}
            </Button>
            <Button
              component={Link}
              to={paths.directory}
              variant="default"
              leftSection={<IconAddressBook size={18} aria-hidden />}
            >
              {t("coordination.directory.title")}
            </Button>
            {canManage ? (
              <Button component={Link} to={paths.newMeeting} leftSection={<IconPlus size={18} aria-hidden />}>
                {t("coordination.list.new")}
              </Button>
            ) : null}
          </>
        }
      />
      <SegmentedControl
        mb="md"
        fullWidth
        aria-label={t("coordination.list.view")}
        data={views.map((value) => ({ value, label: t(`coordination.list.views.${value}`) }))}
        value={view}
        onChange={(value) => setView(value as View)}
      />
      {view === "list" ? <MeetingLists /> : null}
      {view === "calendar" ? (
        <MeetingCalendar
          month={month}
          onMonthChange={(next) =>
            setParams((current) => {
              current.set("bulan", next);
              return current;
            })
          }
        />
      ) : null}
      {view === "attendance" ? <AttendanceRates /> : null}
    </>
  );
}

function MeetingLists() {
  const { t } = useTranslation();
  const [q, setQ] = useState("");
  const [debounced] = useDebouncedValue(q.trim(), 300);
  const filters: MeetingListFilters = { q: debounced, seriesId: null };
  return (
    <Stack gap="lg">
      <TextInput
        label={t("coordination.list.search")}
        placeholder={t("coordination.list.searchHint")}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={q}
        onChange={(event) => setQ(event.currentTarget.value)}
      />
      <MeetingSection when="upcoming" filters={filters} />
      <MeetingSection when="past" filters={filters} />
    </Stack>
  );
}

function MeetingSection({ when, filters }: { when: "upcoming" | "past"; filters: MeetingListFilters }) {
  const { t } = useTranslation();
  const list = useMeetings(when, filters);
  const meetings = list.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <section aria-labelledby={`meetings-${when}`}>
      <Title id={`meetings-${when}`} order={2} size="h3" mb="sm">
        {t(`coordination.list.${when}`)}
      </Title>
      {list.isPending ? <InlineLoader /> : null}
      {list.isError ? <QueryError error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.data && meetings.length === 0 ? (
        <Alert color="gray">{t(`coordination.list.none_${when}`)}</Alert>
      ) : null}
      <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: "none" }}>
        {meetings.map((meeting) => (
          <MeetingCard key={meeting.id} meeting={meeting} />
        ))}
      </Stack>
      <LoadMoreButton
        hasMore={Boolean(list.hasNextPage)}
        loading={list.isFetchingNextPage}
        onLoadMore={() => void list.fetchNextPage()}
      />
    </section>
  );
}
