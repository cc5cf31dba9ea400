import { Badge, Box, Group, Text, VisuallyHidden } from "@mantine/core";
import { IconCheck, IconHandStop } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { useTerms } from "./vocabulary-terms.ts";

/** The stage that ends a proceeding early: shown as stopped, not as a step along the way. */
export const STOPPED_STAGE = "investigation_stopped";

/** The legal stages in procedural order, the current one marked; SP3 stops the track. */
export function LegalStageTrack({ stageCode }: { stageCode: string }) {
  const { t } = useTranslation();
  const terms = useTerms();
  const order = terms.order("legal_stage").filter((code) => code !== STOPPED_STAGE);
  const stopped = stageCode === STOPPED_STAGE;
  const current = order.indexOf(stageCode);

  return (
    <Box>
      {stopped ? (
        <Badge color="red" variant="filled" leftSection={<IconHandStop size={14} aria-hidden />} mb="xs">
          {terms.label("legal_stage", stageCode)}
        </Badge>
      ) : null}
      <Group
        component="ol"
        gap={6}
        p={0}
        m={0}
        style={{ listStyle: "none" }}
        aria-label={t("cases.legal.track")}
      >
        {order.map((code, index) => {
          const done = !stopped && index < current;
          const here = !stopped && index === current;
          return (
            <Box
              component="li"
              key={code}
              aria-current={here ? "step" : undefined}
              px={8}
              py={2}
              style={{
                borderRadius: 12,
                border: `1px solid var(--mantine-color-${here ? "blue-9" : done ? "teal-9" : "gray-4"})`,
                background: here
                  ? "var(--mantine-color-blue-9)"
                  : done
                    ? "var(--mantine-color-teal-0)"
                    : undefined,
              }}
            >
              <Group gap={4} wrap="nowrap">
                {done ? <IconCheck size={12} aria-hidden color="var(--mantine-color-teal-9)" /> : null}
                <Text size="xs" c={here ? "white" : done ? "teal.9" : "gray.7"} fw={here ? 700 : 400}>
                  {terms.label("legal_stage", code)}
                  {done ? <VisuallyHidden>{` (${t("cases.legal.stageDone")})`}</VisuallyHidden> : null}
                </Text>
              </Group>
            </Box>
          );
        })}
      </Group>
    </Box>
  );
}
