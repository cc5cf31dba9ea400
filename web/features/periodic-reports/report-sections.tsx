import { Box, Button, Collapse, Stack, Text, Textarea, Title } from "@mantine/core";
import { IconChartBar } from "@tabler/icons-react";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { DashboardDto } from "../../../shared/dashboard.ts";
import { MAX_SECTION_LENGTH, type NarrativeSection } from "../../../shared/periodic-reports.ts";
import { ReportFigures, sectionsWithFigures } from "./report-figures.tsx";

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"];

type SectionProps = {
  section: NarrativeSection;
  index: number;
  text: string;
  editable: boolean;
  figures: DashboardDto | null;
  regionChosen: boolean;
  figuresNote: string;
  onChange: (text: string) => void;
};

/**
 * One section of the report: its numbered title, the text (a textarea while the report is a
 * draft the caller may edit), and the figures printed under it, folded away until asked for so
 * a phone shows the words first.
 */
export function ReportSection(props: SectionProps) {
  const { section, index, text, editable, figures, regionChosen, figuresNote, onChange } = props;
  const { t } = useTranslation();
  const id = useId();
  const [showFigures, setShowFigures] = useState(false);
  const title = `${ROMAN[index]}. ${t(`reports.sections.${section}.title`)}`;
  const hasFigures = figures !== null && sectionsWithFigures.includes(section);
  return (
    <Stack gap="xs" component="section" aria-labelledby={`${id}-title`}>
      <Title order={2} size="h3" id={`${id}-title`}>
        {title}
      </Title>
      {editable ? (
        <Textarea
          aria-labelledby={`${id}-title`}
          description={t(`reports.sections.${section}.hint`)}
          value={text}
          onChange={(event) => onChange(event.currentTarget.value)}
          autosize
          minRows={4}
          maxRows={20}
          maxLength={MAX_SECTION_LENGTH}
        />
      ) : text.trim() ? (
        <Text style={{ whiteSpace: "pre-wrap" }}>{text}</Text>
      ) : (
        <Text c="dimmed" fs="italic">
          {t("reports.editor.emptyReadOnly")}
        </Text>
      )}
      {hasFigures ? (
        <Box>
          <Button
            variant="subtle"
            size="compact-md"
            px={0}
            leftSection={<IconChartBar size={18} aria-hidden />}
            aria-expanded={showFigures}
            aria-controls={`${id}-figures`}
            onClick={() => setShowFigures((shown) => !shown)}
          >
            {showFigures ? t("reports.editor.hideFigures") : t("reports.editor.showFigures")}
          </Button>
          <Collapse expanded={showFigures} id={`${id}-figures`}>
            {showFigures ? (
              <Stack gap="sm" mt="sm">
                <Text size="sm" c="dimmed">
                  {figuresNote}
                </Text>
                <ReportFigures section={section} figures={figures} regionChosen={regionChosen} />
              </Stack>
            ) : null}
          </Collapse>
        </Box>
      ) : null}
    </Stack>
  );
}
