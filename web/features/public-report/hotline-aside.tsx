import { Anchor, Group, List, Paper, Text, Title } from "@mantine/core";
import { IconPhoneCall } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";

/** Numbers to call when someone is in danger now: a form is not the way to ask for rescue. */
export function HotlineAside() {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" radius="md" bg="white">
      <Group gap="xs" mb="xs" wrap="nowrap">
        <IconPhoneCall size={20} aria-hidden />
        <Title order={2} size="h4">
          {t("intake.hotline.title")}
        </Title>
      </Group>
      <Text size="sm" mb="xs">
        {t("intake.hotline.intro")}
      </Text>
      <List spacing="xs" size="sm">
        <List.Item>
          <Anchor href="tel:112" fw={700}>
            112
          </Anchor>{" "}
          — {t("intake.hotline.emergency")}
        </List.Item>
        <List.Item>
          <Anchor href="tel:129" fw={700}>
            SAPA 129
          </Anchor>{" "}
          — {t("intake.hotline.sapa")}
        </List.Item>
        <List.Item>
          <Anchor href="tel:110" fw={700}>
            110
          </Anchor>{" "}
          — {t("intake.hotline.police")}
        </List.Item>
      </List>
    </Paper>
  );
}
