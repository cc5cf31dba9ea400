import { Group, Paper, Text } from "@mantine/core";

type FigureTileProps = {
  label: string;
  value: string;
  /** The unit after the number: korban, kasus, orang, kegiatan, hari. */
  unit?: string;
  detail?: string;
};

/** One figure inside a card, its unit beside it and what it is measured over underneath. */
export function FigureTile({ label, value, unit, detail }: FigureTileProps) {
  return (
    <Paper withBorder p="xs" radius="md" role="group" aria-label={label}>
      <Text size="sm" c="dimmed" aria-hidden>
        {label}
      </Text>
      <Group gap={4} align="baseline">
        <Text fz={22} fw={700} lh={1.3}>
          {value}
        </Text>
        {unit ? <Text size="sm">{unit}</Text> : null}
      </Group>
      {detail ? (
        <Text size="xs" c="dimmed">
          {detail}
        </Text>
      ) : null}
    </Paper>
  );
}
