import { z } from "zod";

/**
 * The public portal's content as the secretariat edits it (docs/decisions/0011-public-portal.md).
 * Pages and news posts are versioned Markdown in both languages; every save is a new version,
 * and the public sees the newest version published whose time has come.
 */

export const entryKinds = ["page", "news"] as const;
export type EntryKind = (typeof entryKinds)[number];

/** The working copy's state: written, waiting for a publisher, or published (maybe scheduled). */
export const entryStatuses = ["draft", "in_review", "published"] as const;
export type EntryStatus = (typeof entryStatuses)[number];

/**
 * Pages that have their own short address on the portal and cannot be renamed or taken down:
 * the home page's text, the warning signs, safe migration and where to get help.
 */
export const pageAddresses = {
  beranda: "/",
  waspada: "/waspada",
  "migrasi-aman": "/migrasi-aman",
  bantuan: "/bantuan",
} as const satisfies Record<string, string>;
export type FixedPageSlug = keyof typeof pageAddresses;

export function isFixedPageSlug(slug: string): slug is FixedPageSlug {
  return Object.hasOwn(pageAddresses, slug);
}

/** A page's or post's public address (without the language). */
export function entryPath(kind: EntryKind, slug: string): string {
  if (kind === "news") return `/berita/${slug}`;
  return isFixedPageSlug(slug) ? pageAddresses[slug] : `/halaman/${slug}`;
}

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const slugSchema = z
  .string()
  .trim()
  .min(2)
  .max(80)
  .refine((slug) => SLUG_PATTERN.test(slug), "portal.slug_format");

const optionalText = (max: number) => z.string().trim().max(max).default("");

/** The text of one version, in Bahasa Indonesia (required) and English (optional: falls back). */
export const entryContentSchema = z.strictObject({
  titleId: z.string().trim().min(1).max(200),
  titleEn: optionalText(200),
  summaryId: optionalText(300),
  summaryEn: optionalText(300),
  bodyId: optionalText(50_000),
  bodyEn: optionalText(50_000),
  coverMediaId: z.uuid().nullish(),
});
export type EntryContent = z.infer<typeof entryContentSchema>;

export const createEntryInputSchema = entryContentSchema.extend({
  kind: z.enum(entryKinds),
  slug: slugSchema,
});
export type CreateEntryInput = z.infer<typeof createEntryInputSchema>;

/**
 * A save makes a new version. `baseVersion` is the version the editor started from: when someone
 * else saved in between, the save is refused rather than silently overwriting their words.
 */
export const saveEntryInputSchema = entryContentSchema.extend({
  baseVersion: z.number().int().min(1),
  slug: slugSchema.optional(),
});
export type SaveEntryInput = z.infer<typeof saveEntryInputSchema>;

/** Publish now, or from a moment (ISO 8601 with offset; the form sends WIB as +07:00). */
export const publishEntryInputSchema = z.strictObject({
  publishAt: z.iso.datetime({ offset: true }).nullish(),
});
export type PublishEntryInput = z.infer<typeof publishEntryInputSchema>;

export const returnEntryInputSchema = z.strictObject({
  note: z.string().trim().max(1000).optional(),
});
export type ReturnEntryInput = z.infer<typeof returnEntryInputSchema>;

export const entryParamsSchema = z.strictObject({ entryId: z.uuid() });
export const versionParamsSchema = entryParamsSchema.extend({ number: z.coerce.number().int().min(1) });
export const listEntriesQuerySchema = z.strictObject({ kind: z.enum(entryKinds) });

export const entryVersionMetaSchema = z.object({
  number: z.number().int(),
  titleId: z.string(),
  createdAt: z.iso.datetime(),
  createdByName: z.string().nullable(),
  publishedFrom: z.iso.datetime().nullable(),
  restoredFrom: z.number().int().nullable(),
});
export type EntryVersionMeta = z.infer<typeof entryVersionMetaSchema>;

export const entryVersionSchema = entryVersionMetaSchema.extend({
  titleEn: z.string(),
  summaryId: z.string(),
  summaryEn: z.string(),
  bodyId: z.string(),
  bodyEn: z.string(),
  coverMediaId: z.uuid().nullable(),
});
export type EntryVersion = z.infer<typeof entryVersionSchema>;

/** Where the public stands with an entry: which version it sees now, and what is scheduled. */
export const entryLiveSchema = z.object({
  liveVersion: z.number().int().nullable(),
  liveSince: z.iso.datetime().nullable(),
  scheduledVersion: z.number().int().nullable(),
  scheduledAt: z.iso.datetime().nullable(),
});

export const entrySummarySchema = entryLiveSchema.extend({
  id: z.uuid(),
  kind: z.enum(entryKinds),
  slug: z.string(),
  fixed: z.boolean(),
  path: z.string(),
  status: z.enum(entryStatuses),
  online: z.boolean(),
  titleId: z.string(),
  titleEn: z.string(),
  latestVersion: z.number().int(),
  /** First publication: the date a news post carries. */
  firstPublishedAt: z.iso.datetime().nullable(),
  updatedAt: z.iso.datetime(),
  updatedByName: z.string().nullable(),
});
export type EntrySummary = z.infer<typeof entrySummarySchema>;

export const entryAbilitiesSchema = z.object({
  edit: z.boolean(),
  submit: z.boolean(),
  publish: z.boolean(),
  returnToDraft: z.boolean(),
  withdraw: z.boolean(),
});
export type EntryAbilities = z.infer<typeof entryAbilitiesSchema>;

export const entrySchema = entrySummarySchema.extend({
  current: entryVersionSchema,
  versions: z.array(entryVersionMetaSchema),
  reviewNote: z.string().nullable(),
  abilities: entryAbilitiesSchema,
});
export type EntryDto = z.infer<typeof entrySchema>;

// ——— Uploads: images for pages and news, and campaign materials ———

export const imageMimeTypes = ["image/jpeg", "image/png", "image/webp"] as const;
export const materialMimeTypes = ["application/pdf", "image/png", "image/jpeg"] as const;
export type MaterialMimeType = (typeof materialMimeTypes)[number];

/** The longest side of an image as the portal keeps it; phones get a half-size copy too. */
export const IMAGE_MAX_WIDTH = 1280;
export const IMAGE_SMALL_WIDTH = 640;

const fileName = z
  .string()
  .trim()
  .min(1)
  .max(255)
  // No folders and no control characters: the name is only ever a label and a download name.
  .regex(/^[^/\\\p{Cc}]+$/u);

export const uploadImageInputSchema = z.strictObject({
  fileName,
  contentBase64: z.base64().min(1),
  altId: z.string().trim().max(300).default(""),
});
export type UploadImageInput = z.infer<typeof uploadImageInputSchema>;
/** What a client sends (the description may be left out). */
export type UploadImageRequest = z.input<typeof uploadImageInputSchema>;

export const mediaSchema = z.object({
  id: z.uuid(),
  url: z.string(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  mimeType: z.string(),
  sizeBytes: z.number().int(),
  /** The Markdown that shows this image, ready to paste. */
  markdown: z.string(),
});
export type MediaDto = z.infer<typeof mediaSchema>;

const materialFields = {
  titleId: z.string().trim().min(1).max(200),
  titleEn: optionalText(200),
  descriptionId: optionalText(1000),
  descriptionEn: optionalText(1000),
};

export const createMaterialInputSchema = z.strictObject({
  ...materialFields,
  fileName,
  contentBase64: z.base64().min(1),
});
export type CreateMaterialInput = z.infer<typeof createMaterialInputSchema>;

export const updateMaterialInputSchema = z.strictObject({
  titleId: materialFields.titleId.optional(),
  titleEn: z.string().trim().max(200).optional(),
  descriptionId: z.string().trim().max(1000).optional(),
  descriptionEn: z.string().trim().max(1000).optional(),
  /** Showing a material to the public, or taking it down, is a publisher's decision. */
  visible: z.boolean().optional(),
  position: z.number().int().min(0).max(10_000).optional(),
});
export type UpdateMaterialInput = z.infer<typeof updateMaterialInputSchema>;

export const materialParamsSchema = z.strictObject({ materialId: z.uuid() });

export const materialSchema = z.object({
  id: z.uuid(),
  titleId: z.string(),
  titleEn: z.string(),
  descriptionId: z.string(),
  descriptionEn: z.string(),
  fileName: z.string(),
  mimeType: z.string(),
  sizeBytes: z.number().int(),
  visible: z.boolean(),
  position: z.number().int(),
  downloadUrl: z.string(),
  qrSvgUrl: z.string(),
  qrPngUrl: z.string(),
  /** The address the QR code opens: the public complaint form. */
  qrTarget: z.string(),
  updatedAt: z.iso.datetime(),
});
export type MaterialDto = z.infer<typeof materialSchema>;

// ——— The menu ———

/** A local path ("/waspada", "/halaman/tentang") or an https address. */
export const menuHrefSchema = z
  .string()
  .trim()
  .min(1)
  .max(300)
  .refine(
    (href) => /^\/(?![/\\])[A-Za-z0-9\-._~/%?=&]*$/.test(href) || /^https:\/\/[^\s"'<>]+$/.test(href),
    "portal.menu_href",
  );

export const menuItemInputSchema = z.strictObject({
  labelId: z.string().trim().min(1).max(60),
  labelEn: z.string().trim().min(1).max(60),
  href: menuHrefSchema,
  visible: z.boolean(),
});

/** The whole menu in its new order: what is left out is removed. */
export const saveMenuInputSchema = z.strictObject({
  items: z.array(menuItemInputSchema).max(20),
});
export type SaveMenuInput = z.infer<typeof saveMenuInputSchema>;

export const menuItemSchema = menuItemInputSchema.extend({ id: z.uuid(), position: z.number().int() });
export type MenuItemDto = z.infer<typeof menuItemSchema>;

// ——— Hotlines and complaint posts, shown in every page's footer ———

export const contactKinds = ["hotline", "post"] as const;
export type ContactKind = (typeof contactKinds)[number];

const phoneText = z
  .string()
  .trim()
  .max(40)
  .refine((phone) => /^[0-9+()\-. ]*$/.test(phone), "portal.phone_format");

const contactFields = {
  kind: z.enum(contactKinds),
  name: z.string().trim().min(1).max(150),
  noteId: z.string().trim().max(300),
  noteEn: z.string().trim().max(300),
  regionCode: z.string().trim().max(20).nullable(),
  address: z.string().trim().max(300),
  hours: z.string().trim().max(150),
  phone: phoneText,
  visible: z.boolean(),
  position: z.number().int().min(0).max(10_000),
};

export const contactInputSchema = z.strictObject({
  ...contactFields,
  noteId: contactFields.noteId.default(""),
  noteEn: contactFields.noteEn.default(""),
  regionCode: contactFields.regionCode.optional(),
  address: contactFields.address.default(""),
  hours: contactFields.hours.default(""),
  phone: contactFields.phone.default(""),
  visible: contactFields.visible.default(true),
  position: contactFields.position.optional(),
});
export type ContactInput = z.infer<typeof contactInputSchema>;

/** Only the fields sent change (no defaults here: a missing field keeps its value). */
export const updateContactInputSchema = z.strictObject(contactFields).partial();
export type UpdateContactInput = z.infer<typeof updateContactInputSchema>;

export const contactParamsSchema = z.strictObject({ contactId: z.uuid() });

export const contactSchema = z.object({
  id: z.uuid(),
  kind: z.enum(contactKinds),
  name: z.string(),
  noteId: z.string(),
  noteEn: z.string(),
  regionCode: z.string().nullable(),
  regionName: z.string().nullable(),
  address: z.string(),
  hours: z.string(),
  phone: z.string(),
  visible: z.boolean(),
  position: z.number().int(),
  /** What the secretariat still has to fill in; a contact with no way to reach it is not shown. */
  missing: z.array(z.enum(["phone", "address", "hours"])),
  shownPublicly: z.boolean(),
  updatedAt: z.iso.datetime(),
});
export type ContactDto = z.infer<typeof contactSchema>;

/** What a contact lacks, and whether the public can use it at all (a phone or an address). */
export function contactGaps(contact: { kind: ContactKind; phone: string; address: string; hours: string }) {
  const missing: ("phone" | "address" | "hours")[] = [];
  if (!contact.phone) missing.push("phone");
  // A hotline is a number; a complaint post is a place people walk into.
  if (contact.kind === "post") {
    if (!contact.address) missing.push("address");
    if (!contact.hours) missing.push("hours");
  }
  return { missing, reachable: Boolean(contact.phone || contact.address) };
}

/** The digits a tel: link dials: "(021) 123-456" → "021123456"; a leading + is kept. */
export function telHref(phone: string): string {
  const plus = phone.trim().startsWith("+") ? "+" : "";
  return `tel:${plus}${phone.replace(/[^0-9]/g, "")}`;
}
