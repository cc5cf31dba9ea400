import { Group, Loader, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** A loading notice inside a page, announced politely to screen readers. */
export function InlineLoader({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <Group gap="sm" py="md" role="status">
      <Loader size="sm" aria-hidden />
      <Text size="sm">{label ?? t("common.loading")}</Text>
    </Group>
  );
}
