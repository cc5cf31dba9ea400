import { Alert, Anchor, Badge, Button, Card, Group, Stack, Text, Title } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconUsers } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { type DuplicateCandidate, duplicateQuerySchema, type PersonRole } from "../../../shared/people.ts";
import { paths } from "../../app/paths.ts";
import { useCan } from "../../app/session-context.tsx";
import { InlineLoader } from "../../ui/inline-loader.tsx";
import { useRegion } from "../regions/regions-api.ts";
import { useDuplicateCandidates } from "./people-api.ts";
import { useTerms } from "./vocabulary-terms.ts";

export type ExistingChoice = { personId: string; code: string };

type DuplicateSuggestionsProps = {
  identity: { name: string; nik: string; birthDate: string; phone: string };
  originRegionCode: string | null;
  onUse: (choice: ExistingChoice) => void;
};

/** The parts of what was typed that the search accepts; null while there is nothing to match on. */
function matchQuery(props: DuplicateSuggestionsProps) {
  const { name, nik, birthDate, phone } = props.identity;
  const parts: Record<string, string> = {};
  const accept = (key: string, value: string) => {
    const trimmed = value.trim();
    if (!trimmed) return;
    const probe = duplicateQuerySchema.safeParse({ name: "x", [key]: trimmed });
    if (probe.success) parts[key] = trimmed;
  };
  if (name.trim().length >= 3) accept("name", name);
  accept("nik", nik);
  accept("birthDate", birthDate);
  accept("phone", phone);
  if (props.originRegionCode) accept("originRegionCode", props.originRegionCode);
  if (!parts.name && !parts.nik && !parts.phone) return null;
  return parts;
}

/**
 * While a person is typed in, earlier records that look like the same person, with why and
 * where they appear, so one victim stays one record across cases.
 */
export function DuplicateSuggestions(props: DuplicateSuggestionsProps) {
  const { t } = useTranslation();
  const canSearch = useCan("identity.reveal");
  const query = matchQuery(props);
  const [settled] = useDebouncedValue(query ? JSON.stringify(query) : null, 600);
  const candidates = useDuplicateCandidates(canSearch && settled ? JSON.parse(settled) : null);

  if (!canSearch) {
    return (
      <Alert color="gray" icon={<IconUsers aria-hidden />}>
        <Text size="sm">{t("cases.duplicates.needsSecondFactor")}</Text>
        <Anchor component={Link} to={paths.security} size="sm">
          {t("cases.reveal.setUpSecondFactor")}
        </Anchor>
      </Alert>
    );
  }
  if (!settled) return null;
  if (candidates.isFetching && !candidates.data)
    return <InlineLoader label={t("cases.duplicates.searching")} />;
  // The best few: a long list of weak matches would bury the form.
  const items = (candidates.data?.items ?? []).slice(0, 5);
  return (
    <section aria-live="polite" aria-label={t("cases.duplicates.title")}>
      {items.length === 0 ? (
        candidates.isSuccess ? (
          <Text size="sm" c="dimmed">
            {t("cases.duplicates.none")}
          </Text>
        ) : null
      ) : (
        <Card withBorder bg="blue.0">
          <Title order={3} size="h5" mb="xs">
            {t("cases.duplicates.title")}
          </Title>
          <Text size="sm" mb="sm">
            {t("cases.duplicates.intro")}
          </Text>
          <Stack gap="sm">
            {items.map((candidate) => (
              <CandidateCard key={candidate.personId} candidate={candidate} onUse={props.onUse} />
            ))}
          </Stack>
        </Card>
      )}
    </section>
  );
}

function CandidateCard({
  candidate,
  onUse,
}: {
  candidate: DuplicateCandidate;
  onUse: (choice: ExistingChoice) => void;
}) {
  const { t } = useTranslation();
  const terms = useTerms();
  const region = useRegion(candidate.originRegionCode);
  const details = [
    terms.label("sex", candidate.sexCode),
    candidate.birthYear ? t("cases.duplicates.born", { year: candidate.birthYear }) : null,
    region.data?.name ?? null,
  ].filter(Boolean);
  return (
    <Card withBorder padding="sm">
      <Group justify="space-between" align="flex-start" gap="xs">
        <Stack gap={4}>
          <Group gap="xs">
            <Text fw={700} ff="monospace">
              {candidate.code}
            </Text>
            <Badge variant="light" color="blue">
              {t("cases.duplicates.score", { percent: Math.round(candidate.score * 100) })}
            </Badge>
          </Group>
          <Group gap={4}>
            {candidate.reasons.map((reason) => (
              <Badge key={reason} variant="outline" color="dark" size="sm">
                {t(`cases.duplicates.reasons.${reason}`)}
              </Badge>
            ))}
          </Group>
          {details.length > 0 ? <Text size="sm">{details.join(" · ")}</Text> : null}
          <Text size="sm">
            {candidate.cases.length === 0 && candidate.hiddenCaseCount === 0
              ? t("cases.duplicates.noCases")
              : t("cases.duplicates.inCases")}{" "}
            {candidate.cases.map((item, index) => (
              <span key={item.id}>
                {index > 0 ? ", " : null}
                <Anchor component={Link} to={paths.case(item.id, "orang")} target="_blank">
                  {item.number}
                </Anchor>{" "}
                ({t(`cases.people.roles.${item.role as PersonRole}`)})
              </span>
            ))}
            {candidate.hiddenCaseCount > 0
              ? ` ${t("cases.duplicates.hiddenCases", { count: candidate.hiddenCaseCount })}`
              : null}
          </Text>
        </Stack>
        <Button size="sm" onClick={() => onUse({ personId: candidate.personId, code: candidate.code })}>
          {t("cases.duplicates.use")}
        </Button>
      </Group>
    </Card>
  );
}
