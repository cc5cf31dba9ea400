import { bigint, boolean, index, integer, pgTable, text, unique, uuid } from "drizzle-orm/pg-core";
import { bytea } from "./cases.ts";
import { createdAt, ts, updatedAt, uuidPk } from "./columns.ts";
import { regions, taskForces } from "./reference.ts";
import { users } from "./users.ts";

/**
 * The public portal of a task force. Public content only: nothing here is personal data, so
 * nothing is encrypted; and nothing here points at a case, a person or a complaint.
 */

/** One row per task force whose portal was given its first content (so a seed runs once). */
export const portalSites = pgTable("portal_sites", {
  taskForceId: uuid("task_force_id")
    .primaryKey()
    .references(() => taskForces.id),
  seedVersion: integer("seed_version").notNull(),
  seededAt: createdAt(),
});

/**
 * Images of pages and news, and the files of campaign materials. An image is stored resized
 * (at most 1280 px wide) with a 640 px copy for phones; files never change once stored, so
 * their addresses can be cached for good.
 */
export const portalMedia = pgTable(
  "portal_media",
  {
    id: uuidPk(),
    taskForceId: uuid("task_force_id")
      .notNull()
      .references(() => taskForces.id),
    kind: text("kind").notNull(), // image | material
    fileName: text("file_name").notNull(),
    mimeType: text("mime_type").notNull(),
    width: integer("width"),
    height: integer("height"),
    sizeBytes: bigint("size_bytes", { mode: "number" }).notNull(),
    sha256: text("sha256").notNull(),
    content: bytea("content").notNull(),
    smallContent: bytea("small_content"),
    smallWidth: integer("small_width"),
    smallHeight: integer("small_height"),
    alt: text("alt").notNull().default(""),
    uploadedById: uuid("uploaded_by_id").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    index("portal_media_task_force_idx").on(t.taskForceId, t.createdAt),
    index("portal_media_uploaded_by_idx").on(t.uploadedById),
  ],
);

/**
 * A content page or a news post. `status` is the working copy's (its newest version);
 * `online` says whether the public may see the entry at all. What the public sees is the newest
 * version whose `publishedFrom` has come (see portal_entry_versions).
 */
export const portalEntries = pgTable(
  "portal_entries",
  {
    id: uuidPk(),
    taskForceId: uuid("task_force_id")
      .notNull()
      .references(() => taskForces.id),
    kind: text("kind").notNull(), // page | news
    slug: text("slug").notNull(),
    status: text("status").notNull().default("draft"), // draft | in_review | published
    online: boolean("online").notNull().default(false),
    latestVersion: integer("latest_version").notNull().default(1),
    // A publisher's reason for sending the working copy back to its writer.
    reviewNote: text("review_note"),
    createdById: uuid("created_by_id").references(() => users.id),
    updatedById: uuid("updated_by_id").references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique("portal_entries_slug_key").on(t.taskForceId, t.kind, t.slug),
    index("portal_entries_list_idx").on(t.taskForceId, t.kind, t.updatedAt),
    index("portal_entries_created_by_idx").on(t.createdById),
    index("portal_entries_updated_by_idx").on(t.updatedById),
  ],
);

/** Every save of an entry, kept for good; a published one carries the moment it goes public. */
export const portalEntryVersions = pgTable(
  "portal_entry_versions",
  {
    id: uuidPk(),
    entryId: uuid("entry_id")
      .notNull()
      .references(() => portalEntries.id),
    number: integer("number").notNull(),
    titleId: text("title_id").notNull(),
    titleEn: text("title_en").notNull().default(""),
    summaryId: text("summary_id").notNull().default(""),
    summaryEn: text("summary_en").notNull().default(""),
    bodyId: text("body_id").notNull().default(""),
    bodyEn: text("body_en").notNull().default(""),
    coverMediaId: uuid("cover_media_id").references(() => portalMedia.id),
    restoredFrom: integer("restored_from"),
    createdById: uuid("created_by_id").references(() => users.id),
    createdAt: createdAt(),
    publishedFrom: ts("published_from"),
    publishedById: uuid("published_by_id").references(() => users.id),
  },
  (t) => [
    unique("portal_entry_versions_number_key").on(t.entryId, t.number),
    index("portal_entry_versions_published_idx").on(t.entryId, t.publishedFrom),
    index("portal_entry_versions_cover_idx").on(t.coverMediaId),
    index("portal_entry_versions_created_by_idx").on(t.createdById),
    index("portal_entry_versions_published_by_idx").on(t.publishedById),
  ],
);

/** Posters and leaflets to download, each shown with a QR code to the complaint form. */
export const portalMaterials = pgTable(
  "portal_materials",
  {
    id: uuidPk(),
    taskForceId: uuid("task_force_id")
      .notNull()
      .references(() => taskForces.id),
    titleId: text("title_id").notNull(),
    titleEn: text("title_en").notNull().default(""),
    descriptionId: text("description_id").notNull().default(""),
    descriptionEn: text("description_en").notNull().default(""),
    mediaId: uuid("media_id")
      .notNull()
      .references(() => portalMedia.id),
    visible: boolean("visible").notNull().default(false),
    position: integer("position").notNull().default(0),
    createdById: uuid("created_by_id").references(() => users.id),
    updatedById: uuid("updated_by_id").references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("portal_materials_task_force_idx").on(t.taskForceId, t.position),
    index("portal_materials_media_idx").on(t.mediaId),
    index("portal_materials_created_by_idx").on(t.createdById),
    index("portal_materials_updated_by_idx").on(t.updatedById),
  ],
);

/** The portal's menu, in the secretariat's order and words. */
export const portalMenuItems = pgTable(
  "portal_menu_items",
  {
    id: uuidPk(),
    taskForceId: uuid("task_force_id")
      .notNull()
      .references(() => taskForces.id),
    position: integer("position").notNull(),
    labelId: text("label_id").notNull(),
    labelEn: text("label_en").notNull(),
    href: text("href").notNull(),
    visible: boolean("visible").notNull().default(true),
    updatedAt: updatedAt(),
  },
  (t) => [index("portal_menu_items_task_force_idx").on(t.taskForceId, t.position)],
);

/** Hotlines and complaint posts (pos pengaduan), shown in every page's footer. */
export const portalContacts = pgTable(
  "portal_contacts",
  {
    id: uuidPk(),
    taskForceId: uuid("task_force_id")
      .notNull()
      .references(() => taskForces.id),
    kind: text("kind").notNull(), // hotline | post
    name: text("name").notNull(),
    noteId: text("note_id").notNull().default(""),
    noteEn: text("note_en").notNull().default(""),
    regionCode: text("region_code").references(() => regions.code),
    address: text("address").notNull().default(""),
    hours: text("hours").notNull().default(""),
    phone: text("phone").notNull().default(""),
    visible: boolean("visible").notNull().default(true),
    position: integer("position").notNull().default(0),
    updatedById: uuid("updated_by_id").references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("portal_contacts_task_force_idx").on(t.taskForceId, t.position),
    index("portal_contacts_region_idx").on(t.regionCode),
    index("portal_contacts_updated_by_idx").on(t.updatedById),
  ],
);
