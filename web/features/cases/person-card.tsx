import { Badge, Button, Card, Group, SimpleGrid, Stack, Text } from "@mantine/core";
import {
  IconCalendar,
  IconEye,
  IconEyeOff,
  IconHome,
  IconId,
  IconPencil,
  IconPhone,
  IconTags,
  IconTrash,
  IconUser,
} from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { countryName } from "../../../shared/countries.ts";
import {
  type CasePersonDto,
  type IdentityDto,
  type IdentityField,
  identityFields,
} from "../../../shared/people.ts";
import { useMe } from "../../app/session-context.tsx";
import { useFormatDay } from "../../ui/format-day.ts";
import { ChildBadge } from "./case-badges.tsx";
import { useTerms } from "./vocabulary-terms.ts";

const identityIcons = {
  name: IconUser,
  aliases: IconTags,
  nik: IconId,
  birthDate: IconCalendar,
  address: IconHome,
  phone: IconPhone,
} as const satisfies Record<IdentityField, unknown>;

type PersonCardProps = {
  person: CasePersonDto;
  guardianOfCode: string | null;
  identity: IdentityDto | null;
  onReveal: () => void;
  onHide: () => void;
  onEdit: () => void;
  onRemove: () => void;
};

/** A person by pseudonymous code and demographics; identity only after a deliberate reveal. */
export function PersonCard({
  person,
  guardianOfCode,
  identity,
  onReveal,
  onHide,
  onEdit,
  onRemove,
}: PersonCardProps) {
  const { t, i18n } = useTranslation();
  const terms = useTerms();
  const formatDay = useFormatDay();
  const me = useMe();
  // A role that could reveal once two-step verification is on still sees the button, and is told why not yet.
  const mayTryReveal =
    person.abilities.revealIdentity ||
    (me.secondFactor.required && !me.secondFactor.verified && me.user.role !== "admin");
  const origin =
    person.originRegionName ??
    (person.originCountryCode ? countryName(person.originCountryCode, i18n.language) : null);
  const age =
    person.ageAtExploitation !== null
      ? t("cases.people.age", { age: person.ageAtExploitation })
      : person.birthYear
        ? t("cases.duplicates.born", { year: person.birthYear })
        : t("cases.people.ageUnknown");
  const facts = [
    terms.label("sex", person.sexCode),
    age,
    origin ? t("cases.people.from", { place: origin }) : null,
    person.relationToVictimCode ? terms.label("suspect_relation", person.relationToVictimCode) : null,
    guardianOfCode ? t("cases.people.guardianOfCode", { code: guardianOfCode }) : null,
  ].filter(Boolean);

  return (
    <Card withBorder padding="sm" component="article" aria-label={person.code}>
      <Group justify="space-between" align="flex-start" gap="xs">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Group gap="xs">
            <Text fw={700} ff="monospace" size="lg">
              {person.code}
            </Text>
            {person.isChild ? <ChildBadge /> : null}
          </Group>
          <Text size="sm">{facts.join(" · ")}</Text>
          {person.identityOnFile.length > 0 ? (
            <Group gap={4} aria-label={t("cases.people.identityOnFile")} role="list">
              <Text size="xs" c="dimmed" mr={4} aria-hidden>
                {t("cases.people.identityOnFile")}:
              </Text>
              {person.identityOnFile.map((field) => {
                const Icon = identityIcons[field];
                return (
                  <Badge
                    key={field}
                    role="listitem"
                    variant="outline"
                    color="gray.7"
                    size="sm"
                    leftSection={<Icon size={12} aria-hidden />}
                  >
                    {t(`cases.identity.${field}`)}
                  </Badge>
                );
              })}
            </Group>
          ) : (
            <Text size="xs" c="dimmed">
              {t("cases.people.noIdentity")}
            </Text>
          )}
          {person.otherCaseCount > 0 ? (
            <Text size="sm" c="blue.9">
              {t("cases.people.otherCases", { count: person.otherCaseCount })}
            </Text>
          ) : null}
          {person.note ? (
            <Text size="sm" c="dimmed" style={{ whiteSpace: "pre-wrap" }}>
              {person.note}
            </Text>
          ) : null}
        </Stack>
        <Group gap="xs">
          {mayTryReveal && person.identityOnFile.length > 0 ? (
            identity ? (
              <Button
                size="sm"
                variant="default"
                leftSection={<IconEyeOff size={16} aria-hidden />}
                onClick={onHide}
                aria-label={t("cases.reveal.hideCode", { code: person.code })}
              >
                {t("cases.reveal.hide")}
              </Button>
            ) : (
              <Button
                size="sm"
                variant="default"
                leftSection={<IconEye size={16} aria-hidden />}
                onClick={onReveal}
                aria-label={t("cases.reveal.showCode", { code: person.code })}
              >
                {t("cases.reveal.show")}
              </Button>
            )
          ) : null}
          {person.abilities.update ? (
            <Button
              size="sm"
              variant="default"
              leftSection={<IconPencil size={16} aria-hidden />}
              onClick={onEdit}
              aria-label={t("cases.people.editCode", { code: person.code })}
            >
              {t("common.edit")}
            </Button>
          ) : null}
          {person.abilities.remove ? (
            <Button
              size="sm"
              variant="subtle"
              color="red"
              leftSection={<IconTrash size={16} aria-hidden />}
              onClick={onRemove}
              aria-label={t("cases.people.removeCode", { code: person.code })}
            >
              {t("cases.people.remove")}
            </Button>
          ) : null}
        </Group>
      </Group>
      {identity ? (
        <Card
          mt="sm"
          padding="sm"
          bg="yellow.0"
          withBorder
          aria-label={t("cases.reveal.revealedFor", { code: person.code })}
          component="section"
        >
          <Text size="xs" c="dimmed" mb={4}>
            {t("cases.reveal.shownNote")}
          </Text>
          <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="xs" m={0}>
            {identityFields.map((field) => (
              <div key={field}>
                <Text component="dt" size="xs" c="dimmed">
                  {t(`cases.identity.${field}`)}
                </Text>
                <Text component="dd" m={0} size="sm">
                  {field === "birthDate" ? formatDay(identity.birthDate) || "—" : (identity[field] ?? "—")}
                </Text>
              </div>
            ))}
          </SimpleGrid>
        </Card>
      ) : null}
    </Card>
  );
}
