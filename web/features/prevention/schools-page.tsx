import { Anchor, Button, Grid, Group, Paper, Select, Stack, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconPencil, IconPlus, IconSearch } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { type SchoolDto, type SchoolLevel, schoolLevels } from "../../../shared/schools.ts";
import { paths } from "../../app/paths.ts";
import { useCan } from "../../app/session-context.tsx";
import { InlineLoader } from "../../ui/inline-loader.tsx";
import { LoadMoreButton } from "../../ui/load-more-button.tsx";
import { PageHeader } from "../../ui/page-header.tsx";
import { QueryError } from "../../ui/query-error.tsx";
import { StatusBadge } from "../../ui/status-badge.tsx";
import { useAreaFilterOptions } from "./activity-filters.tsx";
import { SchoolFormModal } from "./school-form-modal.tsx";
import { useSchools } from "./schools-api.ts";

/** `/sekolah`: the schools of the area, to plan prevention with and count its reach by. */
export function SchoolsPage() {
  const { t } = useTranslation();
  const canManage = useCan("prevention.coordinate");
  const [q, setQ] = useState("");
  const [debouncedQ] = useDebouncedValue(q.trim(), 350);
  const [regionCode, setRegionCode] = useState<string | null>(null);
  const [level, setLevel] = useState<SchoolLevel | null>(null);
  const list = useSchools({ q: debouncedQ, regionCode, level });
  const areaOptions = useAreaFilterOptions();
  const [editing, setEditing] = useState<SchoolDto | "new" | null>(null);
  const schools = list.data?.pages.flatMap((p) => p.items) ?? [];
  const clear = { clearable: true, clearButtonProps: { "aria-label": t("common.clear") } };

  return (
    <>
      <PageHeader
        title={t("prevention.schools.title")}
        description={t("prevention.schools.intro")}
        actions={
          canManage ? (
            <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setEditing("new")}>
              {t("prevention.schools.add")}
            </Button>
          ) : null
        }
      />
      <Grid mb="md" gap="sm">
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <TextInput
            label={t("prevention.schools.search")}
            type="search"
            leftSection={<IconSearch size={16} aria-hidden />}
            value={q}
            onChange={(event) => setQ(event.currentTarget.value)}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 5 }}>
          <Select
            label={t("prevention.filters.area")}
            placeholder={t("common.all")}
            data={areaOptions}
            value={regionCode}
            onChange={setRegionCode}
            searchable
            nothingFoundMessage={t("common.nothingFound")}
            {...clear}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 3 }}>
          <Select
            label={t("prevention.schools.level")}
            placeholder={t("common.all")}
            data={schoolLevels.map((value) => ({ value, label: t(`prevention.schoolLevels.${value}`) }))}
            value={level}
            onChange={(value) => setLevel(value as SchoolLevel | null)}
            {...clear}
          />
        </Grid.Col>
      </Grid>
      {list.isPending ? <InlineLoader /> : null}
      {list.isError ? <QueryError error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.isSuccess && schools.length === 0 ? <Text>{t("prevention.schools.empty")}</Text> : null}
      <Stack
        component="ul"
        gap="xs"
        p={0}
        m={0}
        style={{ listStyle: "none" }}
        aria-label={t("prevention.schools.title")}
      >
        {schools.map((school) => (
          <Paper component="li" key={school.id} withBorder p="sm" radius="md">
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <div style={{ minWidth: 0 }}>
                <Group gap={6}>
                  <Anchor
                    component={Link}
                    to={`${paths.prevention}?schoolId=${school.id}`}
                    fw={600}
                    aria-label={t("prevention.schools.activitiesOf", { name: school.name })}
                  >
                    {school.name}
                  </Anchor>
                  {school.active ? null : <StatusBadge active={false} />}
                </Group>
                <Text size="sm" c="dimmed">
                  {[
                    t(`prevention.schoolLevels.${school.level}`),
                    t(`prevention.schools.ownerships.${school.ownership}`),
                    `${school.regionName}${school.kecamatanName ? `, ${school.kecamatanName}` : ""}`,
                    school.npsn ? `NPSN ${school.npsn}` : null,
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </Text>
              </div>
              {school.abilities.update ? (
                <Button
                  variant="subtle"
                  size="xs"
                  leftSection={<IconPencil size={14} aria-hidden />}
                  onClick={() => setEditing(school)}
                  aria-label={t("prevention.schools.editOne", { name: school.name })}
                >
                  {t("common.edit")}
                </Button>
              ) : null}
            </Group>
          </Paper>
        ))}
      </Stack>
      <LoadMoreButton
        hasMore={list.hasNextPage}
        loading={list.isFetchingNextPage}
        onLoadMore={() => void list.fetchNextPage()}
      />
      <SchoolFormModal
        school={editing === "new" ? null : editing}
        opened={editing !== null}
        onClose={() => setEditing(null)}
      />
    </>
  );
}
