import { Alert, Anchor, Button, Group, Paper, Progress, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { IconDatabaseImport, IconDownload } from "@tabler/icons-react";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { ImportDto } from "../../../shared/imports.ts";
import { paths } from "../../app/paths.ts";
import { useDownload } from "../../app/use-download.ts";
import { ConfirmModal } from "../../ui/confirm-modal.tsx";
import { useFormatDateTime } from "../../ui/format-date.ts";
import { InlineLoader } from "../../ui/inline-loader.tsx";
import { QueryError } from "../../ui/query-error.tsx";
import { ImportKindBadge, ImportStatusBadge } from "./import-badges.tsx";
import { ImportSummaryView } from "./import-summary.tsx";
import { isLive, type StartImport, useImport, useStartImport } from "./imports-api.ts";

type ImportResultProps = {
  id: string;
  /** The file this page checked in this dry run, when it still holds it: it can be imported now. */
  checked: StartImport | null;
  onApplied: (id: string) => void;
};

/** How an ended import is shown: green when all went in, amber with rejects, red when nothing did. */
function tone(dto: ImportDto): string {
  if (dto.status === "failed") return "red";
  if (dto.duplicateOf) return "yellow";
  if (dto.dryRun) return dto.rejected > 0 ? "yellow" : "blue";
  if (dto.created === 0) return "red";
  return dto.rejected > 0 ? "yellow" : "teal";
}

/** One import: its progress while it runs, then what it created (or would) and every rejected row. */
export function ImportResult({ id, checked, onApplied }: ImportResultProps) {
  const { t, i18n } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const query = useImport(id);
  const heading = useRef<HTMLHeadingElement>(null);
  const [confirming, setConfirming] = useState(false);
  const start = useStartImport();
  const download = useDownload(t("imports.result.downloadFailed"));

  // A result that appears after a tap elsewhere takes the focus, so a screen reader reads it.
  useEffect(() => {
    if (query.data?.id === id) heading.current?.focus();
  }, [id, query.data?.id]);

  if (query.isPending) return <InlineLoader />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const dto = query.data;
  const live = isLive(dto.status);
  const percent = Math.round(dto.progress * 100);
  const number = (n: number) => n.toLocaleString(i18n.language === "en" ? "en-GB" : "id-ID");
  const applicable = dto.dryRun && dto.status === "done" && !dto.duplicateOf && dto.valid > 0;
  const blocked = applicable && dto.allOrNothing && dto.rejected > 0;
  const cases = dto.summary?.cases ?? 0;

  function apply() {
    if (!checked) return;
    start.mutate(
      { ...checked, dryRun: false },
      {
        onSuccess: ({ id: applied }) => {
          setConfirming(false);
          onApplied(applied);
        },
      },
    );
  }

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="import-result-title">
      <Stack gap="md">
        <Stack gap={4}>
          <Group gap="xs">
            <ImportKindBadge dryRun={dto.dryRun} />
            <ImportStatusBadge status={dto.status} />
          </Group>
          <Title
            order={2}
            size="h3"
            id="import-result-title"
            ref={heading}
            tabIndex={-1}
            style={{ overflowWrap: "anywhere" }}
          >
            {t("imports.result.title", {
              kind: t(dto.dryRun ? "imports.kind.dryRun" : "imports.kind.import"),
              fileName: dto.fileName,
            })}
          </Title>
          <Text size="sm" c="dimmed">
            {t(`imports.formats.${dto.format}`)} ·{" "}
            {t("imports.result.requested", {
              name: dto.requestedByName,
              time: formatDateTime(dto.createdAt),
            })}
          </Text>
        </Stack>

        {live ? (
          <Stack gap={6}>
            <Group justify="space-between">
              <Text fw={600}>{dto.message}</Text>
              <Text fw={600} aria-hidden>
                {t("imports.result.progress", { percent })}
              </Text>
            </Group>
            <Progress value={percent} size="lg" animated aria-label={t("imports.result.progressLabel")} />
            <Text size="sm" c="dimmed">
              {t("imports.result.live")}
            </Text>
          </Stack>
        ) : (
          <Alert
            color={tone(dto)}
            role="status"
            title={dto.failure && dto.failure.message !== dto.message ? dto.failure.message : undefined}
          >
            {dto.message}
            {dto.duplicateOf ? (
              <>
                {" "}
                <Anchor component={Link} to={paths.import(dto.duplicateOf.id)}>
                  {t("imports.result.duplicateOf")}
                </Anchor>
              </>
            ) : null}
          </Alert>
        )}

        {dto.rowsRead > 0 ? (
          <SimpleGrid cols={{ base: 2, sm: dto.dryRun ? 3 : 4 }} spacing="sm">
            {(
              [
                ["rowsRead", dto.rowsRead],
                ["valid", dto.valid],
                ...(dto.dryRun
                  ? []
                  : [["created", dto.created] as const, ["cases", dto.casesCreated] as const]),
                ["rejected", dto.rejected],
              ] as const
            ).map(([key, value]) => (
              <Paper key={key} withBorder p="sm" radius="md">
                <Text size="xs" c="dimmed">
                  {t(`imports.result.counts.${key}`)}
                </Text>
                <Text fz="xl" fw={700} style={{ fontVariantNumeric: "tabular-nums" }}>
                  {number(value)}
                </Text>
              </Paper>
            ))}
          </SimpleGrid>
        ) : null}

        {applicable ? (
          blocked ? (
            <Text size="sm">{t("imports.result.fixFirst")}</Text>
          ) : checked ? (
            <Button
              size="md"
              leftSection={<IconDatabaseImport size={18} aria-hidden />}
              onClick={() => setConfirming(true)}
              style={{ alignSelf: "flex-start" }}
            >
              {t("imports.result.apply")}
            </Button>
          ) : (
            <Text size="sm">{t("imports.result.chooseFileAgain")}</Text>
          )
        ) : null}

        {dto.summary && dto.summary.victims > 0 && !(dto.status === "failed") ? (
          <ImportSummaryView
            summary={dto.summary}
            heading={t(dto.dryRun ? "imports.result.wouldCreate" : "imports.result.created")}
          />
        ) : null}

        {dto.errorCount > 0 ? (
          <Stack gap="xs">
            <Title order={3} size="h4">
              {t("imports.result.errorsTitle")}
            </Title>
            {dto.errorCount > dto.errors.length ? (
              <Text size="sm" c="dimmed">
                {t("imports.result.errorsShown", {
                  shown: number(dto.errors.length),
                  total: number(dto.errorCount),
                })}
              </Text>
            ) : null}
            <Button
              variant="default"
              leftSection={<IconDownload size={18} aria-hidden />}
              loading={download.isPending}
              onClick={() =>
                download.mutate({
                  path: `/imports/${dto.id}/errors`,
                  query: {},
                  fallbackName: "masalah-impor.csv",
                })
              }
              style={{ alignSelf: "flex-start" }}
            >
              {t("imports.result.downloadErrors")}
            </Button>
            <Stack component="ul" gap={4} p={0} m={0} style={{ listStyle: "none" }}>
              {dto.errors.map((e) => (
                <Text
                  component="li"
                  key={`${e.row}:${e.field}:${e.message}`}
                  size="sm"
                  style={{ overflowWrap: "anywhere" }}
                >
                  <Text span fw={700}>
                    {t("imports.result.row", { row: e.row })}
                  </Text>{" "}
                  ·{" "}
                  <Text span ff="monospace">
                    {e.field || t("imports.result.wholeRow")}
                  </Text>
                  : {e.message}
                </Text>
              ))}
            </Stack>
          </Stack>
        ) : null}
      </Stack>

      <ConfirmModal
        opened={confirming}
        title={t("imports.result.applyTitle")}
        message={t(dto.rejected > 0 ? "imports.result.applyMessagePartial" : "imports.result.applyMessage", {
          valid: number(dto.valid),
          cases: number(cases),
          rejected: number(dto.rejected),
          fileName: dto.fileName,
        })}
        confirmLabel={t("imports.result.apply")}
        loading={start.isPending}
        error={start.error?.message ?? null}
        onConfirm={apply}
        onClose={() => setConfirming(false)}
      />
    </Paper>
  );
}
