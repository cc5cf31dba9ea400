import { Anchor, Box, Button, Group, Image, Modal, Stack, Text, Title } from "@mantine/core";
import { IconMaximize } from "@tabler/icons-react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { paths } from "../../app/paths.ts";
import { CopyValueButton } from "../../ui/copy-value-button.tsx";

/** The QR code of a link as an SVG data URL; the library loads only when a code is shown. */
function useQrCode(url: string): string | null {
  const [image, setImage] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    void import("qrcode").then(async (QRCode) => {
      const svg = await QRCode.toString(url, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
      if (current) setImage(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
    });
    return () => {
      current = false;
    };
  }, [url]);
  return image;
}

type TestLinkPanelProps = { token: string; activityTitle: string; phaseLabel: string };

/**
 * How participants reach the test: a QR code to scan and the link to share, with a full-screen
 * view to put on the hall's projector.
 */
export function TestLinkPanel({ token, activityTitle, phaseLabel }: TestLinkPanelProps) {
  const { t } = useTranslation();
  const url = `${window.location.origin}${paths.publicTest(token)}`;
  const qr = useQrCode(url);
  const [projecting, setProjecting] = useState(false);
  const alt = t("knowledgeTest.link.qrAlt");
  return (
    <Group align="flex-start" gap="md" wrap="wrap">
      <Box w={148} h={148} bg="white" style={{ border: "1px solid var(--mantine-color-gray-3)" }}>
        {qr ? <Image src={qr} alt={alt} w={146} h={146} data-testid="test-qr" /> : null}
      </Box>
      <Stack gap="xs" style={{ flex: "1 1 14rem", minWidth: 0 }}>
        <Text size="sm">{t("knowledgeTest.link.intro")}</Text>
        <Anchor
          href={url}
          target="_blank"
          rel="noopener"
          size="sm"
          style={{ wordBreak: "break-all" }}
          data-testid="test-link"
        >
          {url}
        </Anchor>
        <Group gap="xs">
          <CopyValueButton value={url} label={t("knowledgeTest.link.copy")} />
          <Button
            size="xs"
            variant="outline"
            leftSection={<IconMaximize size={16} aria-hidden />}
            onClick={() => setProjecting(true)}
          >
            {t("knowledgeTest.link.project")}
          </Button>
        </Group>
      </Stack>
      <Modal
        opened={projecting}
        onClose={() => setProjecting(false)}
        fullScreen
        title={t("knowledgeTest.link.projectTitle")}
        closeButtonProps={{ "aria-label": t("common.close") }}
      >
        <Stack align="center" gap="lg" py="md">
          <Title order={2} ta="center">
            {activityTitle}
          </Title>
          <Text fz="xl" fw={700}>
            {phaseLabel}
          </Text>
          {qr ? <Image src={qr} alt={alt} w="min(80vw, 70vh)" h="min(80vw, 70vh)" /> : null}
          <Text fz="lg" ta="center" style={{ wordBreak: "break-all" }}>
            {url}
          </Text>
        </Stack>
      </Modal>
    </Group>
  );
}
