import { SimpleGrid } from "@mantine/core";
import type { DashboardDto } from "../../../shared/dashboard.ts";
import type { NarrativeSection } from "../../../shared/periodic-reports.ts";
import { LegalSection, RestitutionSection, ServicesSection } from "../dashboard/rights-sections.tsx";
import {
  DestinationSection,
  ExploitationSection,
  FourCellSection,
  OriginSection,
  TrendSection,
} from "../dashboard/victim-sections.tsx";
import { ActionItemsSection, AttendanceSection, PreventionSection } from "../dashboard/work-sections.tsx";

/** Which narrative sections print figures; the others are words only. */
export const sectionsWithFigures: readonly NarrativeSection[] = [
  "cases",
  "rights",
  "legal",
  "prevention",
  "coordination",
];

type ReportFiguresProps = { section: NarrativeSection; figures: DashboardDto; regionChosen: boolean };

/**
 * The figures printed under a section, shown with the dashboard's own cards: the report's
 * snapshot is the dashboard's answer, so it reads the same way (charts, tables, CSV).
 */
export function ReportFigures({ section, figures, regionChosen }: ReportFiguresProps) {
  const props = { data: figures, stale: false };
  const work = { ...props, regionChosen };
  const cards =
    section === "cases" ? (
      <>
        <TrendSection {...props} />
        <FourCellSection {...props} />
        <ExploitationSection {...props} />
        <OriginSection {...props} />
        <DestinationSection {...props} />
      </>
    ) : section === "rights" ? (
      <>
        <ServicesSection {...props} />
        <RestitutionSection {...props} />
      </>
    ) : section === "legal" ? (
      <LegalSection {...props} />
    ) : section === "prevention" ? (
      <PreventionSection {...work} />
    ) : section === "coordination" ? (
      <>
        <AttendanceSection {...work} />
        <ActionItemsSection {...work} />
      </>
    ) : null;
  if (!cards) return null;
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
      {cards}
    </SimpleGrid>
  );
}
