import {
  Badge,
  Button,
  Chip,
  CloseButton,
  Group,
  Modal,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from "@mantine/core";
import { IconPlus, IconTargetArrow } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import type { ActionItemStateFilter } from "../../../shared/action-items.ts";
import { paths } from "../../app/paths.ts";
import { useCan } from "../../app/session-context.tsx";
import { useFormatDay } from "../../ui/format-day.ts";
import { InlineLoader } from "../../ui/inline-loader.tsx";
import { LoadMoreButton } from "../../ui/load-more-button.tsx";
import { notifySuccess } from "../../ui/notify.ts";
import { PageHeader } from "../../ui/page-header.tsx";
import { QueryError } from "../../ui/query-error.tsx";
import { usePhoneModal } from "../complaints/use-phone-modal.ts";
import { useMeeting } from "../coordination/coordination-api.ts";
import { wibDayKey } from "../coordination/meeting-time.ts";
import { useOrganizationOptions } from "../organizations/organizations-api.ts";
import { ActionItemCard } from "./action-item-card.tsx";
import { ActionItemForm } from "./action-item-form.tsx";
import { type ActionItemFilters, useActionItems, useOrganizationSummary } from "./action-items-api.ts";
import { OrganizationSummaryTable } from "./organization-summary-table.tsx";

const views = ["mine", "all", "organizations"] as const;
type View = (typeof views)[number];
const states = ["active", "overdue", "done", "dropped", "all"] as const;
type StateChoice = (typeof states)[number];

// The address speaks Indonesian like the paths: ?tampilan=semua&status=terlambat&organisasi=…
const viewParam: Record<View, string> = { mine: "saya", all: "semua", organizations: "organisasi" };
const stateParam: Record<StateChoice, string> = {
  active: "aktif",
  overdue: "terlambat",
  done: "selesai",
  dropped: "dihentikan",
  all: "semua",
};

/**
 * `/koordinasi/tindak-lanjut`: "my action items" for every member (their organisation's, overdue
 * first); for the secretariat also every organisation's, with filters, and the table of how
 * each organisation stands.
 */
export function ActionItemsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const secretariat = useCan("coordination.manage");
  const [params, setParams] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const phoneModal = usePhoneModal();

  const view: View = secretariat
    ? (views.find((v) => viewParam[v] === params.get("tampilan")) ?? "all")
    : "mine";
  const state = states.find((s) => stateParam[s] === params.get("status")) ?? "active";
  const set = (key: string, value: string | null) =>
    setParams((current) => {
      if (value) current.set(key, value);
      else current.delete(key);
      return current;
    });
  const filters: ActionItemFilters = {
    scope: view === "all" ? "all" : "mine",
    state: state === "all" ? null : (state as ActionItemStateFilter),
    organizationId: view === "all" ? params.get("organisasi") : null,
    meetingId: params.get("rapat"),
    programmeId: params.get("program"),
    dueFrom: view === "all" ? params.get("dari") : null,
    dueTo: view === "all" ? params.get("sampai") : null,
  };

  return (
    <>
      <PageHeader
        title={t("followUp.list.title")}
        description={secretariat ? t("followUp.list.introSecretariat") : t("followUp.list.intro")}
        actions={
          <>
            <Button
              component={Link}
              to={paths.workPlan()}
              variant="default"
              leftSection={<IconTargetArrow size={18} aria-hidden />}
            >
              {t("followUp.plan.title")}
            </Button>
            {secretariat ? (
              <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setCreating(true)}>
                {t("followUp.list.new")}
              </Button>
            ) : null}
          </>
        }
      />
      {secretariat ? (
        <SegmentedControl
          mb="md"
          fullWidth
          aria-label={t("followUp.list.view")}
          data={views.map((value) => ({ value, label: t(`followUp.list.views.${value}`) }))}
          value={view}
          onChange={(value) => set("tampilan", viewParam[value as View])}
        />
      ) : null}
      {view === "organizations" ? (
        <OrganizationsView
          onPick={(organizationId) =>
            setParams(new URLSearchParams({ tampilan: viewParam.all, organisasi: organizationId }))
          }
        />
      ) : (
        <Stack gap="md">
          <Chip.Group value={state} onChange={(value) => set("status", stateParam[value as StateChoice])}>
            <Group gap="xs" role="group" aria-label={t("followUp.list.stateFilter")}>
              {states.map((value) => (
                <Chip key={value} value={value}>
                  {t(`followUp.list.states.${value}`)}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
          {view === "all" ? <AllFilters params={params} set={set} /> : null}
          {filters.meetingId || filters.programmeId ? (
            <Group gap="xs">
              <SourceFilter meetingId={filters.meetingId ?? null} />
              <CloseButton
                size="sm"
                aria-label={t("followUp.list.clearSource")}
                onClick={() => {
                  set("rapat", null);
                  set("program", null);
                }}
              />
            </Group>
          ) : null}
          <ItemList filters={filters} />
        </Stack>
      )}
      <Modal
        {...phoneModal}
        opened={creating}
        onClose={() => setCreating(false)}
        title={t("followUp.form.newTitle")}
        size="lg"
        closeButtonProps={{ "aria-label": t("common.close") }}
      >
        {creating ? (
          <ActionItemForm
            submitLabel={t("followUp.form.create")}
            onCancel={() => setCreating(false)}
            onSaved={(saved) => {
              notifySuccess(t("followUp.form.created"));
              setCreating(false);
              navigate(paths.actionItem(saved.id));
            }}
          />
        ) : null}
      </Modal>
    </>
  );
}

/** Which meeting the list is narrowed to, by its title; or that it shows one programme's items. */
function SourceFilter({ meetingId }: { meetingId: string | null }) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const meeting = useMeeting(meetingId ?? "");
  if (!meetingId) return <Text size="sm">{t("followUp.list.fromOneProgramme")}</Text>;
  return (
    <Text size="sm">
      {meeting.data
        ? t("followUp.list.fromMeeting", {
            title: meeting.data.title,
            date: formatDay(wibDayKey(meeting.data.startsAt)),
          })
        : t("followUp.list.fromOneMeeting")}
    </Text>
  );
}

function AllFilters({
  params,
  set,
}: {
  params: URLSearchParams;
  set: (key: string, value: string | null) => void;
}) {
  const { t } = useTranslation();
  const organizations = useOrganizationOptions();
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
      <Select
        label={t("followUp.fields.ownerOrganization")}
        placeholder={t("common.all")}
        searchable
        nothingFoundMessage={t("common.nothingFound")}
        data={(organizations.data?.items ?? []).map((org) => ({ value: org.id, label: org.name }))}
        value={params.get("organisasi")}
        onChange={(value) => set("organisasi", value)}
        clearable
        clearButtonProps={{ "aria-label": t("common.clear") }}
      />
      <TextInput
        type="date"
        label={t("followUp.list.dueFrom")}
        value={params.get("dari") ?? ""}
        onChange={(event) => set("dari", event.currentTarget.value || null)}
      />
      <TextInput
        type="date"
        label={t("followUp.list.dueTo")}
        value={params.get("sampai") ?? ""}
        onChange={(event) => set("sampai", event.currentTarget.value || null)}
      />
    </SimpleGrid>
  );
}

function ItemList({ filters }: { filters: ActionItemFilters }) {
  const { t } = useTranslation();
  const list = useActionItems(filters);
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const totals = list.data?.pages[0]?.totals;
  if (list.isPending) return <InlineLoader />;
  if (list.isError) return <QueryError error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <>
      {totals ? (
        <Group gap="xs" aria-live="polite">
          <Badge variant="light" color="blue" size="lg">
            {t("followUp.list.activeCount", { count: totals.active })}
          </Badge>
          <Badge
            variant={totals.overdue > 0 ? "filled" : "light"}
            color={totals.overdue > 0 ? "red.8" : "gray"}
            size="lg"
          >
            {t("followUp.list.overdueCount", { count: totals.overdue })}
          </Badge>
        </Group>
      ) : null}
      {items.length === 0 ? <Text py="md">{t("followUp.list.empty")}</Text> : null}
      {items.length > 0 ? (
        <Stack
          component="ul"
          gap="sm"
          p={0}
          m={0}
          style={{ listStyle: "none" }}
          aria-label={t("followUp.list.listLabel")}
        >
          {items.map((item) => (
            <ActionItemCard key={item.id} item={item} />
          ))}
        </Stack>
      ) : null}
      <LoadMoreButton
        hasMore={list.hasNextPage}
        loading={list.isFetchingNextPage}
        onLoadMore={() => void list.fetchNextPage()}
      />
    </>
  );
}

function OrganizationsView({ onPick }: { onPick: (organizationId: string) => void }) {
  const summary = useOrganizationSummary({});
  if (summary.isPending) return <InlineLoader />;
  if (summary.isError) return <QueryError error={summary.error} onRetry={() => void summary.refetch()} />;
  return <OrganizationSummaryTable summary={summary.data} onPick={onPick} />;
}
