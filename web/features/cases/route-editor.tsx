import {
  ActionIcon,
  Button,
  Card,
  Fieldset,
  Group,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from "@mantine/core";
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { routePointKinds } from "../../../shared/cases.ts";
import { RegionPathSelect } from "./region-path-select.tsx";
import { countryOptions, useTerms } from "./vocabulary-terms.ts";

export type RoutePointKind = (typeof routePointKinds)[number];

/** A route point as the form edits it: a place in Indonesia or abroad, never both. */
export type RoutePointValues = {
  key: string;
  kind: RoutePointKind;
  abroad: boolean;
  regionCode: string | null;
  countryCode: string | null;
  placeTypeCode: string | null;
  description: string;
};

let nextKey = 0;
export function newRoutePoint(kind: RoutePointKind): RoutePointValues {
  nextKey += 1;
  return {
    key: `point-${nextKey}`,
    kind,
    abroad: false,
    regionCode: null,
    countryCode: null,
    placeTypeCode: null,
    description: "",
  };
}

/** Points with no place are the user's to fix; the form marks them before sending. */
export function pointHasPlace(point: RoutePointValues): boolean {
  return point.abroad ? Boolean(point.countryCode) : Boolean(point.regionCode);
}

type RouteEditorProps = {
  points: RoutePointValues[];
  onChange: (points: RoutePointValues[]) => void;
  /** Show "choose a place" on the points that lack one. */
  showMissing: boolean;
  error?: string;
};

/** The route in order (origin → transit → destination), each point movable up and down. */
export function RouteEditor({ points, onChange, showMissing, error }: RouteEditorProps) {
  const { t, i18n } = useTranslation();
  const terms = useTerms();
  const countries = countryOptions(i18n.language);

  function update(index: number, change: Partial<RoutePointValues>) {
    onChange(points.map((point, i) => (i === index ? { ...point, ...change } : point)));
  }
  function move(index: number, by: -1 | 1) {
    const next = [...points];
    const [point] = next.splice(index, 1);
    next.splice(index + by, 0, point!);
    onChange(next);
  }

  return (
    <Fieldset legend={t("cases.route.title")}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t("cases.route.hint")}
        </Text>
        {error ? (
          <Text size="sm" c="red.9" role="alert">
            {error}
          </Text>
        ) : null}
        {points.map((point, index) => {
          const number = index + 1;
          const missing = showMissing && !pointHasPlace(point);
          return (
            <Card key={point.key} withBorder padding="sm">
              <Stack gap="xs">
                <Group justify="space-between" wrap="nowrap">
                  <Text fw={600}>{t("cases.route.point", { number })}</Text>
                  <Group gap={4} wrap="nowrap">
                    <ActionIcon
                      variant="subtle"
                      size="lg"
                      disabled={index === 0}
                      onClick={() => move(index, -1)}
                      aria-label={t("cases.route.moveUp", { number })}
                    >
                      <IconArrowUp size={18} aria-hidden />
                    </ActionIcon>
                    <ActionIcon
                      variant="subtle"
                      size="lg"
                      disabled={index === points.length - 1}
                      onClick={() => move(index, 1)}
                      aria-label={t("cases.route.moveDown", { number })}
                    >
                      <IconArrowDown size={18} aria-hidden />
                    </ActionIcon>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      size="lg"
                      onClick={() => onChange(points.filter((_, i) => i !== index))}
                      aria-label={t("cases.route.remove", { number })}
                    >
                      <IconTrash size={18} aria-hidden />
                    </ActionIcon>
                  </Group>
                </Group>
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                  <Select
                    label={t("cases.route.kind", { number })}
                    data={routePointKinds.map((kind) => ({
                      value: kind,
                      label: t(`cases.route.kinds.${kind}`),
                    }))}
                    value={point.kind}
                    onChange={(kind) => kind && update(index, { kind: kind as RoutePointKind })}
                    allowDeselect={false}
                  />
                  <SegmentedControl
                    aria-label={t("cases.route.where", { number })}
                    data={[
                      { value: "id", label: t("cases.route.indonesia") },
                      { value: "abroad", label: t("cases.route.abroad") },
                    ]}
                    value={point.abroad ? "abroad" : "id"}
                    onChange={(where) =>
                      update(index, { abroad: where === "abroad", regionCode: null, countryCode: null })
                    }
                  />
                </SimpleGrid>
                {point.abroad ? (
                  <Select
                    label={t("cases.route.country", { number })}
                    data={countries}
                    value={point.countryCode}
                    onChange={(countryCode) => update(index, { countryCode })}
                    searchable
                    nothingFoundMessage={t("common.nothingFound")}
                    error={missing ? t("cases.route.placeMissing") : undefined}
                  />
                ) : (
                  <RegionPathSelect
                    rootCode={null}
                    value={point.regionCode}
                    onChange={(regionCode) => update(index, { regionCode })}
                    labelPrefix={t("cases.route.pointShort", { number })}
                    error={missing ? t("cases.route.placeMissing") : undefined}
                  />
                )}
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                  <Select
                    label={t("cases.route.placeType", { number })}
                    placeholder={t("cases.fields.optional")}
                    data={terms.options("place_type", [point.placeTypeCode])}
                    value={point.placeTypeCode}
                    onChange={(placeTypeCode) => update(index, { placeTypeCode })}
                    clearable
                    clearButtonProps={{ "aria-label": t("common.clear") }}
                  />
                  <TextInput
                    label={t("cases.route.description", { number })}
                    value={point.description}
                    onChange={(event) => update(index, { description: event.currentTarget.value })}
                  />
                </SimpleGrid>
              </Stack>
            </Card>
          );
        })}
        <Group>
          <Button
            variant="default"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() =>
              onChange([...points, newRoutePoint(points.length === 0 ? "origin" : "destination")])
            }
          >
            {t("cases.route.add")}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
