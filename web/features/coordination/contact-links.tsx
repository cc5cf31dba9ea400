import { Anchor, Group } from "@mantine/core";
import { IconMail, IconPhone } from "@tabler/icons-react";

/** Tap-to-call and tap-to-mail links: the directory is mostly used from a phone. */
export function ContactLinks({ phone, email }: { phone: string | null; email: string | null }) {
  if (!phone && !email) return null;
  return (
    <Group gap="md" mt={2}>
      {phone ? (
        <Anchor
          href={`tel:${phone.replace(/[^\d+]/g, "")}`}
          size="sm"
          style={{ display: "inline-flex", alignItems: "center", gap: 4, minHeight: 32 }}
        >
          <IconPhone size={16} aria-hidden />
          {phone}
        </Anchor>
      ) : null}
      {email ? (
        <Anchor
          href={`mailto:${email}`}
          size="sm"
          style={{
            display: "inline-flex",
            alignItems: "center",
            gap: 4,
            minHeight: 32,
            overflowWrap: "anywhere",
          }}
        >
          <IconMail size={16} aria-hidden />
          {email}
        </Anchor>
      ) : null}
    </Group>
  );
}
