import { Button, Group, Menu } from "@mantine/core";
import { IconChevronDown, IconFileSpreadsheet, IconFileTypePdf } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { ActivityDto } from "../../../shared/prevention.ts";
import type { ExportFormat, ReportLanguage } from "../../../shared/prevention-tests.ts";
import { useDownload } from "../../app/use-download.ts";

/**
 * The activity's files: the report PDF for the camat or the wali kota (in either language,
 * whatever the screen shows), and, for those who run it, the attendance list as a spreadsheet.
 */
export function ActivityDownloads({ activity }: { activity: ActivityDto }) {
  const { t, i18n } = useTranslation();
  const download = useDownload(t("knowledgeTest.downloads.failed"));
  const base = `/prevention/activities/${activity.id}`;
  const report = (lang: ReportLanguage) =>
    download.mutate({ path: `${base}/report`, query: { lang }, fallbackName: "laporan-kegiatan.pdf" });
  const attendance = (format: ExportFormat) =>
    download.mutate({
      path: `${base}/attendees/export`,
      query: { format, lang: i18n.language === "en" ? "en" : "id" },
      fallbackName: `daftar-hadir.${format}`,
    });
  const other: ReportLanguage = i18n.language === "en" ? "id" : "en";
  return (
    <Group gap="xs">
      <Group gap={0} wrap="nowrap">
        <Button
          leftSection={<IconFileTypePdf size={18} aria-hidden />}
          loading={download.isPending && download.variables?.path.endsWith("/report")}
          onClick={() => report(i18n.language === "en" ? "en" : "id")}
          style={{ borderTopRightRadius: 0, borderBottomRightRadius: 0 }}
        >
          {t("knowledgeTest.downloads.report")}
        </Button>
        <Menu position="bottom-end">
          <Menu.Target>
            <Button
              px={8}
              aria-label={t("knowledgeTest.downloads.reportOptions")}
              style={{
                borderTopLeftRadius: 0,
                borderBottomLeftRadius: 0,
                borderLeft: "1px solid rgba(255,255,255,0.5)",
              }}
            >
              <IconChevronDown size={16} aria-hidden />
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item onClick={() => report(other)}>
              {t(`knowledgeTest.downloads.reportIn.${other}`)}
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
      </Group>
      {activity.abilities.manageAttendees && activity.attendeeCount > 0 ? (
        <Menu position="bottom-start">
          <Menu.Target>
            <Button
              variant="default"
              leftSection={<IconFileSpreadsheet size={18} aria-hidden />}
              rightSection={<IconChevronDown size={16} aria-hidden />}
              loading={download.isPending && download.variables?.path.endsWith("/attendees/export")}
            >
              {t("knowledgeTest.downloads.attendance")}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item onClick={() => attendance("xlsx")}>{t("knowledgeTest.downloads.xlsx")}</Menu.Item>
            <Menu.Item onClick={() => attendance("csv")}>{t("knowledgeTest.downloads.csv")}</Menu.Item>
          </Menu.Dropdown>
        </Menu>
      ) : null}
    </Group>
  );
}
