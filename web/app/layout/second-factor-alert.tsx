import { Alert, Anchor, Text } from "@mantine/core";
import { IconShieldLock } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { paths } from "../paths.ts";

/** Stays until 2FA is on: the server withholds identity data from such sessions. */
export function SecondFactorAlert() {
  const { t } = useTranslation();
  return (
    <Alert
      color="red"
      variant="outline"
      icon={<IconShieldLock aria-hidden />}
      title={t("layout.secondFactorTitle")}
      mb="md"
    >
      <Text size="sm">{t("layout.secondFactorBody")}</Text>
      <Anchor component={Link} to={paths.security} size="sm" fw={600}>
        {t("layout.secondFactorLink")}
      </Anchor>
    </Alert>
  );
}
