import { Alert, Button, List, Stack, Text } from "@mantine/core";
import { IconCircleCheck, IconFileImport } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { paths } from "../../app/paths.ts";
import { PageHeader } from "../../ui/page-header.tsx";
import { ExportForm } from "./export-form.tsx";
import type { ExportResult } from "./exports-api.ts";

/** What the last download held, kept on the page so the user can tell the recipient. */
function ExportDone({ result }: { result: ExportResult }) {
  const { t } = useTranslation();
  return (
    <Alert
      color="teal"
      icon={<IconCircleCheck aria-hidden />}
      title={t("exports.result.title")}
      role="status"
    >
      <List size="sm" spacing={4}>
        <List.Item>
          <Text size="sm" component="span" style={{ overflowWrap: "anywhere" }}>
            {t("exports.result.file", { name: result.fileName })}
          </Text>
        </List.Item>
        <List.Item>{t("exports.result.rows", { count: result.rows })}</List.Item>
        {result.withheld > 0 ? (
          <List.Item>{t("exports.result.withheld", { count: result.withheld })}</List.Item>
        ) : null}
        {result.encrypted ? <List.Item>{t("exports.result.encrypted")}</List.Item> : null}
      </List>
    </Alert>
  );
}

/** `/data/ekspor`: the task force's victims of a period and region as a file in an exchange layout. */
export function ExportsPage() {
  const { t } = useTranslation();
  const [done, setDone] = useState<ExportResult | null>(null);
  return (
    <>
      <PageHeader
        title={t("exports.title")}
        description={t("exports.intro")}
        actions={
          <Button
            component={Link}
            to={paths.imports}
            variant="default"
            leftSection={<IconFileImport size={18} aria-hidden />}
            title={t("exports.toImports")}
          >
            {t("nav.imports")}
          </Button>
        }
      />
      <Stack gap="lg">
        {done ? <ExportDone result={done} /> : null}
        <ExportForm onDone={setDone} />
      </Stack>
    </>
  );
}
