import { areaMessages } from "./area.ts";

/** Messages of the public portal's editing screens: content, uploads, menu and directory. */
export const portalMessages = areaMessages(
  {
    "portal.slug_format": "hanya huruf kecil, angka, dan tanda hubung (mis. cara-melapor)",
    "portal.slug_taken": "alamat ini sudah dipakai halaman lain",
    "portal.slug_fixed": "alamat halaman ini tetap dan tidak dapat diubah",
    "portal.slug_published":
      "alamat tidak dapat diubah setelah pernah terbit: tautan yang sudah dibagikan akan rusak",
    "portal.version_conflict":
      "Isi ini sudah disimpan orang lain (versi {latest}) sejak Anda mulai menyunting versi {base}. Muat ulang, lalu terapkan perubahan Anda lagi.",
    "portal.not_draft": "Hanya draf yang dapat diajukan untuk ditinjau.",
    "portal.not_in_review": "Hanya isi yang sedang ditinjau yang dapat dikembalikan ke draf.",
    "portal.nothing_to_publish": "Versi terbaru sudah terbit.",
    "portal.fixed_page_stays":
      "Halaman ini bagian tetap dari situs dan tidak dapat ditarik; ubah isinya saja.",
    "portal.not_online": "Isi ini sedang tidak tampil di situs.",
    "portal.publish_too_late": "jadwal paling lambat satu tahun dari sekarang",
    "portal.cover_unknown": "gambar sampul tidak ditemukan; unggah ulang",
    "portal.image_type": "berkas harus gambar JPEG, PNG, atau WebP",
    "portal.image_unreadable": "gambar tidak dapat dibaca; simpan ulang sebagai JPEG atau PNG lalu coba lagi",
    "portal.material_type": "berkas harus PDF, PNG, atau JPEG",
    "portal.file_too_large": "berkas lebih dari {maximum} MB",
    "portal.extension_mismatch": "nama berkas jenis ini harus berakhiran {extensions}",
    "portal.menu_href": "alamat harus diawali / (halaman situs ini) atau https://",
    "portal.phone_format": "hanya angka, spasi, dan tanda + - . ( )",
    "portal.visible_needs_publish":
      "Menampilkan atau menyembunyikan materi di situs memerlukan hak menerbitkan.",
  },
  {
    "portal.slug_format": "only lower-case letters, digits and hyphens (e.g. how-to-report)",
    "portal.slug_taken": "another page already uses this address",
    "portal.slug_fixed": "this page's address is fixed and cannot be changed",
    "portal.slug_published": "the address cannot change once published: links already shared would break",
    "portal.version_conflict":
      "Someone else saved this (version {latest}) since you started editing version {base}. Reload, then apply your changes again.",
    "portal.not_draft": "Only a draft can be sent for review.",
    "portal.not_in_review": "Only content under review can be sent back to draft.",
    "portal.nothing_to_publish": "The latest version is already published.",
    "portal.fixed_page_stays":
      "This page is a fixed part of the site and cannot be taken down; change its text instead.",
    "portal.not_online": "This content is not on the site.",
    "portal.publish_too_late": "schedule at most one year ahead",
    "portal.cover_unknown": "cover image not found; upload it again",
    "portal.image_type": "the file must be a JPEG, PNG or WebP image",
    "portal.image_unreadable": "the image cannot be read; save it again as JPEG or PNG and retry",
    "portal.material_type": "the file must be a PDF, PNG or JPEG",
    "portal.file_too_large": "the file is larger than {maximum} MB",
    "portal.extension_mismatch": "a file of this type must end in {extensions}",
    "portal.menu_href": "the address must start with / (a page of this site) or https://",
    "portal.phone_format": "only digits, spaces and + - . ( )",
    "portal.visible_needs_publish": "Showing or hiding a material on the site needs the right to publish.",
  },
);
