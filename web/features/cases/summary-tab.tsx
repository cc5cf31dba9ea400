import { Anchor, Card, Group, List, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { CaseDto } from "../../../shared/cases.ts";
import { countryName } from "../../../shared/countries.ts";
import { paths } from "../../app/paths.ts";
import { useCan } from "../../app/session-context.tsx";
import { useFormatDateTime } from "../../ui/format-date.ts";
import { useFormatDay } from "../../ui/format-day.ts";
import { ClosureChecklist } from "./closure-summary.tsx";
import { countryFlag, useTerms } from "./vocabulary-terms.ts";

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="sm" c="dimmed">
        {label}
      </Text>
      <Text component="dd" m={0}>
        {children}
      </Text>
    </div>
  );
}

export function SummaryTab({ theCase }: { theCase: CaseDto }) {
  const { t, i18n } = useTranslation();
  const terms = useTerms();
  const formatDay = useFormatDay();
  const formatDateTime = useFormatDateTime();
  const canOpenComplaints = useCan("complaint.manage");
  const none = t("cases.fields.notRecorded");
  const list = (kind: Parameters<typeof terms.label>[0], codes: string[]) =>
    codes.length > 0 ? codes.map((code) => terms.label(kind, code)).join(", ") : none;
  const people = theCase.people;

  return (
    <Stack gap="lg">
      {theCase.closureRequest && theCase.status !== "closed" ? (
        <Card withBorder bg="blue.0">
          <Title order={2} size="h4" mb="xs">
            {t("cases.closure.pendingTitle")}
          </Title>
          <ClosureChecklist request={theCase.closureRequest} />
        </Card>
      ) : null}
      <section aria-labelledby="case-facts">
        <Title order={2} size="h3" id="case-facts" mb="sm">
          {t("cases.summary.facts")}
        </Title>
        <SimpleGrid component="dl" cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" m={0}>
          <Fact label={t("cases.fields.identifiedOn")}>{formatDay(theCase.identifiedOn)}</Fact>
          <Fact label={t("cases.fields.identifiedRegion")}>
            {theCase.identifiedRegionName ??
              (theCase.identifiedCountryCode
                ? countryName(theCase.identifiedCountryCode, i18n.language)
                : none)}
          </Fact>
          <Fact label={t("cases.fields.riskLevel")}>{terms.label("risk_level", theCase.riskLevel)}</Fact>
          <Fact label={t("cases.fields.exploitationForms")}>
            {list("exploitation_form", theCase.exploitationForms)}
          </Fact>
          <Fact label={t("cases.fields.means")}>{list("trafficking_means", theCase.means)}</Fact>
          <Fact label={t("cases.fields.acts")}>{list("trafficking_act", theCase.acts)}</Fact>
          <Fact label={t("cases.fields.recruitmentMethod")}>{theCase.recruitmentMethod ?? none}</Fact>
          <Fact label={t("cases.fields.recruitmentPlatform")}>{theCase.recruitmentPlatform ?? none}</Fact>
          <Fact label={t("cases.fields.recruiterRelation")}>
            {theCase.recruiterRelation ? terms.label("suspect_relation", theCase.recruiterRelation) : none}
          </Fact>
          <Fact label={t("cases.fields.people")}>
            {t("cases.summary.peopleCounts", {
              victims: people.victims,
              suspects: people.suspects,
              witnesses: people.witnesses,
              guardians: people.guardians,
            })}
          </Fact>
          <Fact label={t("cases.summary.opened")}>{formatDateTime(theCase.createdAt)}</Fact>
          {theCase.closedAt ? (
            <Fact label={t("cases.summary.closed")}>{formatDateTime(theCase.closedAt)}</Fact>
          ) : null}
        </SimpleGrid>
      </section>
      <section aria-labelledby="case-summary-text">
        <Title order={2} size="h3" id="case-summary-text" mb="sm">
          {t("cases.fields.summary")}
        </Title>
        <Text style={{ whiteSpace: "pre-wrap" }}>{theCase.summary ?? t("cases.summary.noSummary")}</Text>
      </section>
      <section aria-labelledby="case-route">
        <Title order={2} size="h3" id="case-route" mb="sm">
          {t("cases.route.title")}
        </Title>
        {theCase.route.length === 0 ? (
          <Text c="dimmed">{t("cases.route.empty")}</Text>
        ) : (
          <List type="ordered" spacing="xs">
            {theCase.route.map((point, index) => {
              const place = point.countryCode
                ? `${countryFlag(point.countryCode)} ${countryName(point.countryCode, i18n.language)}`
                : (point.regionName ?? point.regionCode ?? "");
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: the route's order is its identity
                <List.Item key={index}>
                  <Group gap={6}>
                    <Text span fw={600}>
                      {t(`cases.route.kinds.${point.kind}`)}:
                    </Text>
                    <Text span>{place}</Text>
                    {point.placeTypeCode ? (
                      <Text span c="dimmed" size="sm">
                        ({terms.label("place_type", point.placeTypeCode)})
                      </Text>
                    ) : null}
                  </Group>
                  {point.description ? <Text size="sm">{point.description}</Text> : null}
                </List.Item>
              );
            })}
          </List>
        )}
      </section>
      <section aria-labelledby="case-complaints">
        <Title order={2} size="h3" id="case-complaints" mb="sm">
          {t("cases.summary.complaints")}
        </Title>
        {theCase.complaints.length === 0 ? (
          <Text c="dimmed">{t("cases.summary.noComplaints")}</Text>
        ) : (
          <List spacing="xs">
            {theCase.complaints.map((complaint) => (
              <List.Item key={complaint.id}>
                {canOpenComplaints ? (
                  <Anchor component={Link} to={paths.complaint(complaint.id)} ff="monospace">
                    {complaint.trackingCode}
                  </Anchor>
                ) : (
                  <Text span ff="monospace">
                    {complaint.trackingCode}
                  </Text>
                )}{" "}
                <Text span size="sm" c="dimmed">
                  {t("cases.summary.receivedAt", { time: formatDateTime(complaint.receivedAt) })}
                </Text>
              </List.Item>
            ))}
          </List>
        )}
      </section>
    </Stack>
  );
}
