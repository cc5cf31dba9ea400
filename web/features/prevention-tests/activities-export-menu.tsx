import { Button, Menu } from "@mantine/core";
import { IconChevronDown, IconDownload } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { ExportFormat } from "../../../shared/prevention-tests.ts";
import { useDownload } from "../../app/use-download.ts";
import type { ActivityFilters } from "../prevention/prevention-api.ts";

/** The list's "Ekspor": the activities its filters show, as XLSX or CSV. */
export function ActivitiesExportMenu({ filters }: { filters: ActivityFilters }) {
  const { t, i18n } = useTranslation();
  const download = useDownload(t("knowledgeTest.downloads.failed"));
  const exportAs = (format: ExportFormat) =>
    download.mutate({
      path: "/prevention/activities/export",
      query: { ...filters, format, lang: i18n.language === "en" ? "en" : "id" },
      fallbackName: `kegiatan-pencegahan.${format}`,
    });
  return (
    <Menu position="bottom-end">
      <Menu.Target>
        <Button
          variant="default"
          leftSection={<IconDownload size={18} aria-hidden />}
          rightSection={<IconChevronDown size={16} aria-hidden />}
          loading={download.isPending}
        >
          {t("knowledgeTest.downloads.export")}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t("knowledgeTest.downloads.exportHint")}</Menu.Label>
        <Menu.Item onClick={() => exportAs("xlsx")}>{t("knowledgeTest.downloads.xlsx")}</Menu.Item>
        <Menu.Item onClick={() => exportAs("csv")}>{t("knowledgeTest.downloads.csv")}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
