import { Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { IconFileExport, IconFileSpreadsheet, IconFileText } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import type { TemplateFileType } from "../../../shared/imports.ts";
import { paths } from "../../app/paths.ts";
import { useDownload } from "../../app/use-download.ts";
import { PageHeader } from "../../ui/page-header.tsx";
import { ImportForm } from "./import-form.tsx";
import { ImportHistory } from "./import-history.tsx";
import { ImportResult } from "./import-result.tsx";
import type { StartImport } from "./imports-api.ts";

function TemplateCard() {
  const { t } = useTranslation();
  const download = useDownload(t("imports.template.failed"));
  const get = (type: TemplateFileType) =>
    download.mutate({
      path: "/imports/template",
      query: { type },
      fallbackName: `templat-impor-gugus.${type}`,
    });
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="import-template-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="import-template-title">
          {t("imports.template.title")}
        </Title>
        <Text size="sm">{t("imports.template.text")}</Text>
        <Group gap="sm">
          <Button
            variant="default"
            leftSection={<IconFileSpreadsheet size={18} aria-hidden />}
            loading={download.isPending && download.variables?.query.type === "xlsx"}
            onClick={() => get("xlsx")}
          >
            {t("imports.template.xlsx")}
          </Button>
          <Button
            variant="default"
            leftSection={<IconFileText size={18} aria-hidden />}
            loading={download.isPending && download.variables?.query.type === "csv"}
            onClick={() => get("csv")}
          >
            {t("imports.template.csv")}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/**
 * `/data/impor[/:importId]`: check a file (dry run), read what it would create and every row it
 * rejects, then import it; the chosen import's result on top, the history below.
 */
export function ImportsPage() {
  const { t } = useTranslation();
  const { importId } = useParams();
  const navigate = useNavigate();
  // The dry run this page started, with the file it read: only then can "import now" send it again.
  const [checked, setChecked] = useState<{ id: string; request: StartImport } | null>(null);

  return (
    <>
      <PageHeader
        title={t("imports.title")}
        description={t("imports.intro")}
        actions={
          <Button
            component={Link}
            to={paths.exports}
            variant="default"
            leftSection={<IconFileExport size={18} aria-hidden />}
          >
            {t("exports.nav")}
          </Button>
        }
      />
      <Stack gap="lg">
        {importId ? (
          <ImportResult
            id={importId}
            checked={checked?.id === importId ? checked.request : null}
            onApplied={(id) => navigate(paths.import(id))}
          />
        ) : null}
        <ImportForm
          onChecked={(id, request) => {
            setChecked({ id, request });
            navigate(paths.import(id));
          }}
        />
        <TemplateCard />
        <ImportHistory selectedId={importId} />
      </Stack>
    </>
  );
}
