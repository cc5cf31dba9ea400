import type { SeedTexts } from "./seed-content.ts";

/**
 * The portal's first pages in Bahasa Indonesia, written for someone reading on a phone: short
 * sentences, plain words, what to do. The secretariat edits them afterwards; nothing here names
 * a telephone number other than 112, 129 and 110, which are national and certain. `{taskForce}`
 * stands for the task force's name.
 */
export const seedTextsId: SeedTexts = {
  beranda: {
    title: "Kenali, cegah, dan laporkan perdagangan orang",
    summary:
      "Tawaran kerja yang terlalu bagus, agen yang menjanjikan kerja di luar negeri, atau teman yang menawarkan peluang bisa menjadi awal perdagangan orang. Kenali tandanya dan ketahui ke mana meminta bantuan.",
    body: `## Apa itu perdagangan orang?

Perdagangan orang adalah kejahatan. Seseorang **dibawa atau dikendalikan** oleh orang lain, **dengan cara menipu atau menekan**, **untuk dimanfaatkan** — misalnya dipaksa bekerja tanpa upah layak, dijual untuk seks, atau dijadikan pelaku penipuan daring.

Menurut Undang-Undang Nomor 21 Tahun 2007, perdagangan orang terdiri dari tiga unsur:

1. **Perbuatan**: merekrut, mengangkut, menampung, mengirim, memindahkan, atau menerima seseorang.
2. **Cara**: ancaman atau kekerasan, penculikan, penyekapan, pemalsuan, penipuan, penyalahgunaan kekuasaan atau keadaan rentan seseorang, jeratan utang, atau memberi bayaran kepada orang yang menguasai korban.
3. **Tujuan**: eksploitasi — kerja paksa, perbudakan, eksploitasi seksual, pengambilan organ tubuh, dan bentuk pemanfaatan lain.

**Untuk anak (di bawah 18 tahun), unsur "cara" tidak perlu ada.** Membawa atau menerima anak untuk dieksploitasi sudah merupakan perdagangan orang, walaupun anak atau orang tuanya setuju.

Persetujuan korban tidak menghapus kejahatan ini. Korban tidak bersalah dan berhak mendapat pertolongan.`,
  },

  waspada: {
    title: "Waspada: tanda-tanda tawaran yang menjebak",
    summary:
      "Tanda-tanda tawaran kerja palsu, magang atau beasiswa palsu ke luar negeri, dan kenalan daring atau tawaran “uang mudah” yang bisa berujung pada perdagangan orang.",
    body: `Perdagangan orang hampir selalu dimulai dengan **tawaran yang terdengar baik**: pekerjaan bergaji tinggi, kesempatan belajar di luar negeri, atau seseorang yang tampak peduli. Satu tanda saja sudah cukup alasan untuk berhenti dan memeriksa.

## Tawaran kerja palsu

- Gaji **jauh lebih tinggi** dari biasanya untuk pekerjaan yang mudah atau tanpa keahlian.
- Proses **sangat cepat**: “berangkat minggu depan”, tanpa seleksi, pelatihan, atau pemeriksaan kesehatan.
- Anda diminta **membayar biaya besar** di muka, atau sebaliknya “semua gratis” lalu dipotong dari gaji sebagai utang.
- **Tidak ada kontrak kerja tertulis**, atau kontraknya dalam bahasa yang tidak Anda pahami, atau Anda tidak boleh menyimpan salinannya.
- Anda disuruh berangkat dengan **visa turis, umrah, atau kunjungan** untuk bekerja.
- Perekrut **menahan paspor, KTP, atau ijazah** Anda.
- Perekrut hanya bisa dihubungi lewat media sosial atau pesan singkat, **tidak punya kantor dan izin** yang jelas.
- Anda diminta **berbohong** kepada petugas imigrasi atau keluarga, atau umur Anda “dituakan” di dokumen.
- Nama perusahaan, alamat tempat kerja, atau majikan **tidak jelas** atau berubah-ubah.

## Magang atau beasiswa palsu ke luar negeri

- Program “magang”, “kerja sambil kuliah”, atau “pertukaran” yang **tidak dikenal oleh kampus atau sekolah Anda** secara resmi.
- Peserta harus membayar mahal atau **meminjam dana talangan** yang nanti dipotong dari upah.
- Kegiatannya ternyata **kerja fisik penuh waktu** yang tidak sesuai dengan bidang studi.
- Visa yang diurus **bukan visa pelajar atau magang** yang sesuai.
- Anda diminta cepat memutuskan dan **tidak boleh bertanya** kepada pihak kampus.

Sebelum mendaftar, tanyakan langsung ke bagian kerja sama atau kemahasiswaan di kampus atau sekolah Anda, dan ke dinas pendidikan.

## Kenalan daring dan tawaran “uang mudah”

- Kenalan baru di media sosial, gim, atau aplikasi kencan yang **cepat menyatakan sayang**, lalu mengajak bertemu di kota lain atau di luar negeri dan menawarkan tiket.
- Lowongan sebagai **“admin”, “customer service”, atau “operator”** di luar negeri (misalnya di Kamboja, Myanmar, atau Filipina) dengan gaji dalam dolar — banyak korban dipaksa menjadi penipu daring.
- Ajakan menjadi model, pemandu lagu, atau “duta seni” dengan bayaran besar dan keberangkatan cepat.
- Permintaan **foto atau video pribadi**, lalu ancaman untuk menyebarkannya.
- Tawaran menemani tamu atau “open BO” lewat aplikasi, terutama kepada anak dan remaja.

## Tanda seseorang mungkin sudah menjadi korban

- Tidak memegang dokumennya sendiri dan tidak bebas pergi.
- Bekerja sangat lama tanpa upah, atau upahnya habis untuk membayar “utang”.
- Selalu diawasi, tampak takut, dan tidak boleh berbicara sendiri.
- Anak yang tidak lagi bersekolah dan bekerja, atau tinggal bersama orang yang bukan keluarganya.

## Yang perlu Anda lakukan

1. **Jangan membayar** dan jangan menyerahkan dokumen asli.
2. **Periksa** perusahaan dan lowongannya ke Dinas Tenaga Kerja atau lembaga resmi (lihat [Migrasi aman](/migrasi-aman)).
3. **Simpan bukti**: tangkapan layar percakapan, nama, nomor telepon, dan alamat.
4. **Ceritakan** kepada keluarga atau orang yang Anda percaya.
5. **Laporkan** — lewat [formulir pengaduan](/lapor) atau nomor di halaman [Bantuan](/bantuan). Dalam keadaan darurat, hubungi **112**.`,
  },

  "migrasi-aman": {
    title: "Bekerja ke luar negeri secara aman dan resmi",
    summary:
      "Langkah-langkah bekerja ke luar negeri lewat jalur resmi: cek lowongan dan perusahaan, dokumen yang diperlukan, pelatihan, jaminan sosial, dan apa yang dilakukan sebelum berangkat.",
    body: `Bekerja ke luar negeri adalah hak Anda. Jalur resmi **melindungi** Anda: ada kontrak, ada jaminan sosial, dan negara tahu Anda berada di mana. Jalur tidak resmi (nonprosedural) membuat Anda mudah ditipu, tidak digaji, atau dijual.

Pekerja migran Indonesia dilindungi oleh Undang-Undang Nomor 18 Tahun 2017. Lembaga yang mengurusnya adalah **Kementerian Pelindungan Pekerja Migran Indonesia (KP2MI, dahulu BP2MI)** dan **Dinas Tenaga Kerja** di daerah Anda.

## Langkah-langkahnya

1. **Cari informasi lowongan di tempat resmi**: Dinas Tenaga Kerja, Layanan Terpadu Satu Atap (LTSA) pekerja migran, atau kantor dan situs resmi KP2MI/BP2MI.
2. **Periksa perusahaan perekrutnya.** Perusahaan Penempatan Pekerja Migran Indonesia (P3MI) harus berizin, dan lowongan yang ditawarkannya harus terdaftar. Tanyakan ke Dinas Tenaga Kerja. **Calo atau sponsor perorangan tidak boleh merekrut.**
3. **Penuhi syaratnya**: berusia minimal 18 tahun, sehat jasmani dan rohani, memiliki keterampilan yang dibutuhkan, dan mendapat izin dari suami/istri atau orang tua/wali yang diketahui lurah atau kepala desa.
4. **Ikuti pemeriksaan kesehatan dan psikologi** di sarana kesehatan yang ditunjuk.
5. **Ikuti pelatihan** sampai mendapat sertifikat kompetensi, lalu **Orientasi Pra Pemberangkatan (OPP)**.
6. **Lengkapi dokumen**: paspor atas nama Anda sendiri, **visa kerja** (bukan visa turis, umrah, atau kunjungan), perjanjian penempatan, dan **perjanjian kerja** yang Anda pahami dan tanda tangani sendiri. Simpan salinannya.
7. **Daftar jaminan sosial** (BPJS Ketenagakerjaan) sebelum berangkat.
8. **Tanyakan rincian biaya resmi.** Untuk banyak jabatan, biaya penempatan tidak boleh dibebankan kepada pekerja. Jangan menyerahkan uang tanpa kuitansi.

## Sebelum dan sesudah berangkat

- Tinggalkan **salinan paspor, visa, dan kontrak** kepada keluarga, beserta alamat tempat kerja dan nomor majikan.
- **Jangan pernah menyerahkan paspor** kepada agen atau majikan.
- Catat alamat dan nomor **KBRI/KJRI** di negara tujuan, dan **lapor diri** setelah tiba (misalnya lewat aplikasi Safe Travel Kementerian Luar Negeri).
- Sepakati dengan keluarga kapan Anda akan menghubungi mereka. Bila Anda tidak bisa dihubungi, keluarga dapat melapor ke Gugus Tugas.

Ragu dengan sebuah tawaran? Baca [tanda-tanda tawaran yang menjebak](/waspada) atau [tanyakan kepada kami](/bantuan).`,
  },

  bantuan: {
    title: "Minta bantuan dan melapor",
    summary:
      "Apa yang dilakukan bila Anda, keluarga, atau orang lain mungkin menjadi korban perdagangan orang, dan siapa yang bisa dihubungi.",
    body: `## Dalam bahaya sekarang?

Hubungi **112** (layanan darurat) atau **110** (polisi). Telepon ini gratis.

## Ingin melapor atau bertanya

- **[Laporkan lewat formulir](/lapor)** — bisa tanpa menyebut nama. Anda mendapat **kode pengaduan** untuk memantau laporan Anda.
- Telepon **SAPA 129** — layanan Kementerian Pemberdayaan Perempuan dan Perlindungan Anak untuk kekerasan terhadap perempuan dan anak, termasuk perdagangan orang.
- Datang ke **pos pengaduan** terdekat (daftar di bawah).
- Keluarga Anda di luar negeri dalam masalah? Hubungi **KBRI atau KJRI** di negara itu, dan laporkan juga kepada kami.

Tidak punya data lengkap? Tidak apa-apa. Ceritakan yang Anda ketahui: siapa, di mana, kapan, dan bagaimana menghubungi Anda bila Anda bersedia.

## Setelah Anda melapor

1. Petugas {taskForce} memeriksa laporan Anda dan, bila Anda meninggalkan kontak, menghubungi Anda.
2. **Identitas pelapor dan korban dirahasiakan.**
3. Bila perlu, korban dijangkau dan diamankan bersama polisi dan lembaga terkait.
4. Korban berhak atas layanan **tanpa biaya**: pemeriksaan dan perawatan kesehatan, pendampingan psikologis dan sosial, rumah aman, bantuan hukum, pemulangan ke daerah asal, dan dukungan untuk memulai hidup kembali.
5. Korban juga berhak menuntut **restitusi** (ganti rugi dari pelaku) dan dapat meminta perlindungan **LPSK** (Lembaga Perlindungan Saksi dan Korban).

Melapor bukan berarti Anda harus berurusan sendiri dengan pelaku. Kami bekerja bersama kepolisian, dinas sosial, rumah sakit, dan lembaga lain.`,
  },

  tentang: {
    title: "Tentang Gugus Tugas",
    summary:
      "{taskForce}: siapa kami, dasar hukumnya, dan apa yang kami kerjakan untuk mencegah dan menangani perdagangan orang.",
    body: `{taskForce} adalah wadah kerja bersama pemerintah daerah, kepolisian, kejaksaan, dinas-dinas, sekolah, kelurahan, kecamatan, dan organisasi masyarakat untuk **mencegah dan menangani tindak pidana perdagangan orang (TPPO)**.

## Dasar hukum

- Undang-Undang Nomor 21 Tahun 2007 tentang Pemberantasan Tindak Pidana Perdagangan Orang, yang mewajibkan pemerintah di setiap tingkat membentuk gugus tugas.
- Peraturan Presiden Nomor 69 Tahun 2008, sebagaimana diubah dengan Peraturan Presiden Nomor 22 Tahun 2021 dan Nomor 49 Tahun 2023.

## Yang kami kerjakan

Pekerjaan gugus tugas dibagi dalam enam sub gugus tugas:

1. Pencegahan
2. Rehabilitasi kesehatan
3. Rehabilitasi sosial, pemulangan, dan reintegrasi sosial
4. Pengembangan norma hukum
5. Penegakan hukum
6. Koordinasi dan kerja sama

Strategi kami: memperkuat gugus tugas di tingkat kota dan kecamatan, serta **mengedukasi masyarakat secara luas** agar perdagangan orang dikenali sejak awal. Tujuan bersama kita: **nol kasus**.

Lihat [angka kasus dan korban](/statistik), [kegiatan sosialisasi](/kegiatan), dan [materi kampanye](/materi) yang bisa Anda unduh dan bagikan.`,
  },
};
