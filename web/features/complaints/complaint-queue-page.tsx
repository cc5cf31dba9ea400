import { Button, Stack, Text } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { InlineLoader } from "../../ui/inline-loader.tsx";
import { LoadMoreButton } from "../../ui/load-more-button.tsx";
import { PageHeader } from "../../ui/page-header.tsx";
import { QueryError } from "../../ui/query-error.tsx";
import { ComplaintCard } from "./complaint-card.tsx";
import { ComplaintFilters } from "./complaint-filters.tsx";
import { type ComplaintFilters as Filters, searchableCode, useComplaintQueue } from "./complaints-api.ts";
import { RecordComplaintModal } from "./record-complaint-modal.tsx";
import { useTerms } from "./use-terms.ts";

/** `/pengaduan`: the intake queue of the task force, newest first, with staff intake. */
export function ComplaintQueuePage() {
  const { t } = useTranslation();
  const [search, setSearch] = useState("");
  // Typing on a phone keyboard is slow; waiting for a pause avoids a request per letter.
  const [debouncedSearch] = useDebouncedValue(searchableCode(search), 350);
  const [filters, setFilters] = useState<Omit<Filters, "q">>({ status: null, channel: null, source: null });
  const list = useComplaintQueue({ ...filters, q: debouncedSearch });
  const channels = useTerms("complaint_channel");
  const [recording, setRecording] = useState(false);

  const complaints = list.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = Boolean(debouncedSearch || filters.status || filters.channel || filters.source);

  return (
    <>
      <PageHeader
        title={t("intake.queue.title")}
        description={t("intake.queue.intro")}
        actions={
          <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setRecording(true)}>
            {t("intake.queue.record")}
          </Button>
        }
      />
      <ComplaintFilters search={search} onSearchChange={setSearch} filters={filters} onChange={setFilters} />
      {list.isPending ? <InlineLoader /> : null}
      {list.isError ? <QueryError error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.isSuccess && complaints.length === 0 ? (
        <Text py="md">{filtered ? t("intake.queue.emptyFiltered") : t("intake.queue.empty")}</Text>
      ) : null}
      {complaints.length > 0 ? (
        <Stack
          component="ul"
          gap="sm"
          p={0}
          m={0}
          style={{ listStyle: "none" }}
          aria-label={t("intake.queue.listLabel")}
        >
          {complaints.map((complaint) => (
            <ComplaintCard
              key={complaint.id}
              complaint={complaint}
              channelLabel={channels.label(complaint.channel)}
            />
          ))}
        </Stack>
      ) : null}
      <LoadMoreButton
        hasMore={list.hasNextPage}
        loading={list.isFetchingNextPage}
        onLoadMore={() => void list.fetchNextPage()}
      />
      <RecordComplaintModal opened={recording} onClose={() => setRecording(false)} />
    </>
  );
}
