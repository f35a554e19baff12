"""The quotes pass alone: quotations and their speakers."""
from __future__ import annotations

import pytest

from graph.extract import PASSES

from .conftest import prepared, run_alone

RUDI, BAMBANG = "person:rudi-wibisana", "person:bambang-sutejo"


@pytest.mark.parametrize("text, speaker", [
    # the reporting clause after the quote names the speaker, by a short form too
    ("Pramesti Sumarsih menanam padi. “Panen tahun ini jauh lebih bagus dari tahun lalu,” kata Pramesti.",
     "person:pramesti-sumarsih"),
    ("“Kami akan terus menanam padi di sawah ini,” ujar Karyadi Widyatmoko.", "person:karyadi-widyatmoko"),
    # a title's one holder ("tegas Bupati")
    ("Bupati Gianyar Hadi Kartasasmita meninjau pasar. “Harga beras di pasar ini masih stabil,” tegas Bupati.",
     "person:hadi-kartasasmita"),
    # else the person the paragraph reports
    ("Pramesti Sumarsih menanam padi. Ia berkata, “Panen tahun ini jauh lebih bagus dari tahun lalu.”",
     "person:pramesti-sumarsih"),
    # the initials of one person's name stand for it ("kata JK")
    ("Wakil Presiden Hadi Kartasasmita memberi kuliah umum di kampus itu.\n\n"
     "“Indonesia adalah negara yang damai,” kata HK di hadapan mahasiswa.", "person:hadi-kartasasmita"),
])
def test_speakers(text, speaker):
    assert [q.speaker for q in run_alone(text, "quotes").quotes] == [speaker]


@pytest.mark.parametrize("text", [
    # the name ends a title chain: a title with its body, a place, a rank, a comma
    "“Perkara ini masih kami dalami bersama penyidik,” kata Wakil Ketua BPKS Rudi Wibisana di Sukamakmur, Senin.",
    "Bambang Sutejo hadir di kantor partai. “Kami punya alasan kuat mendukung Bambang di pilkada,” "
    "ujar Ketua Partai Maju Klaten, Rudi Wibisana, Senin (10/4).",
    "Bambang Sutejo melapor ke polisi. “Ketiga pelaku kami tangkap di rumahnya masing-masing,” "
    "kata Kapolsek Sukamaju AKP Rudi Wibisana di Mapolsek Sukamaju.",
    "Bambang Sutejo tertimbun longsor. “Korban ditemukan di sektor C sekitar pukul 14.00,” "
    "kata Ketua tim SAR Zona C Kapten Rudi Wibisana dikonfirmasi di lokasi.",
    # a title the tagger read as a name, a comma, then the name
    "“Pelatih minta izin karena urusan keluarga di kampungnya,” ujar Media Officer Persisuka, Rudi "
    "Wibisana kepada wartawan.",
    # verbs read as reporting only right after the closing mark
    "Bambang Sutejo melatih tim voli putra.\n\n“Kami sudah memenuhi target empat besar,” aku Rudi Wibisana.",
    "Bambang Sutejo hadir.\n\n“Terima kasih atas doa kalian semua,” tulis Rudi Wibisana di akun Instagramnya.",
    # the name before the verb after the quote
    "Bambang Sutejo membuka rapat itu. “Kami sudah siapkan dana darurat untuk warga terdampak,” "
    "Rudi Wibisana menambahkan.",
    # a person named after the speaker's part of the clause is not the speaker
    "“Saya diminta membawa berkas itu ke kantornya,” kata Rudi Wibisana kepada Bambang Sutejo.",
    "“Klien kami tidak bersalah dalam perkara ini,” kata Rudi Wibisana, kuasa hukum Bambang Sutejo, di Sukamakmur.",
    "Jaksa penuntut umum BPKS Rudi Wibisana membacakan tuntutan. “Tujuan saudara mencari berkas itu untuk apa?” "
    "tanya jaksa penuntut umum BPKS, Rudi Wibisana kepada Bambang Sutejo.",
    # "tanya" is a verb, not "-nya" pointing back past the name after it
    "Bambang Sutejo mengaku memberi uang kepada panitera untuk berkas itu.\n\n"
    "“Untuk apa saudara mencari berkas itu?” tanya jaksa Rudi Wibisana kepada Bambang Sutejo.",
    # a reporting verb the site capitalized
    "Bambang Sutejo mengungsi sejak malam.\n\n“Warga sudah mengungsi sejak tengah malam,” Kata Kepala BPBD "
    "Sukamaju, Rudi Wibisana di lokasi banjir.",
    # a post on a social network: "cuit", "kicau"
    "Bambang Sutejo ditahan polisi.\n\n“Saya akan datang untukmu, Sayang,” cuit Rudi Wibisana di Twitter.",
    # one described, then named after a comma or "bernama"
    "Bambang Sutejo membuka pasar itu.\n\n“Harga cabai naik lagi,” kata salah seorang pedagang, Rudi Wibisana.",
    "Bambang Sutejo membuka pasar itu.\n\n“Harga cabai naik lagi,” kata seorang pedagang bernama Rudi Wibisana.",
    # a second title after "yang juga", "yang kini" …: the name after it is the speaker's
    "Bambang Sutejo membuka turnamen itu.\n\n“Sepuluh negara sudah mendaftar,” kata Ketua Panitia penyelenggara "
    "yang juga Kepala Dinas Pemuda dan Olahraga Sukamaju Rudi Wibisana, di Sukamaju, Kamis.",
    "Bambang Sutejo hadir.\n\n“Generasi kita bisa menghapus kemiskinan,” ujar Pendiri Yayasan Sukamaju yang juga "
    "mantan Menteri Sosial Rudi Wibisana dalam acara itu.",
])
def test_the_clause_after_the_quote_names_the_speaker(text):
    assert [q.speaker for q in run_alone(text, "quotes").quotes] == [RUDI]


@pytest.mark.parametrize("text", [
    # "tuturnya" after a paragraph that names someone only as an object: the last speaker
    "“Tim kami sudah bekerja sejak pagi di lokasi longsor,” kata Kapten Rudi Wibisana.\n\n"
    "Proses evakuasi jasad pria yang diduga bernama Bambang Sutejo itu memakan waktu lama.\n\n"
    "“Jenazah sudah dikirim ke rumah sakit daerah,” tuturnya.",
    # a quote about someone is not spoken by them
    "“Partai ini tetap solid menghadapi pemilu,” ujar Rudi Wibisana di Sukamakmur.\n\n"
    "Saat itu, Bambang Sutejo akhirnya bebas dari jerat hukum.\n\n"
    "“Dulu zaman Pak Bambang juga begitu, partai tetap jalan,” katanya.",
    # "X menambahkan" reports X, though another person is named after
    "Rudi Wibisana menambahkan, salah satu orang yang diamankan adalah bendahara partai untuk Bambang Sutejo.\n\n"
    "“Pihak perantara itu kami amankan di rumahnya,” tuturnya.",
    # "lanjut dia", "Ia …": pronouns point further back, past a person named as an object
    "Pelatih Rudi Wibisana mengaku senang dengan hasil laga itu.\n\n"
    "Ia memuji permainan Bambang Sutejo yang sangat mobil di lini tengah.\n\n"
    "Namun, lanjut dia, timnya akan mengevaluasi permainan.\n\n"
    "“Semua pemain akan kami evaluasi setelah laga ini,” kata dia.",
    # a paragraph that goes on with the last speaker's words
    "“Bantuan ini berangkat hari ini juga dari bandara,” kata Rudi Wibisana.\n\n"
    "“Pekan depan kami kirim lagi bantuan tahap kedua ke lokasi pengungsian.”",
    # a title as the subject before: its one holder
    "Bupati Sukamaju Rudi Wibisana meninjau pasar pagi ini bersama Bambang Sutejo.\n\n"
    "Siang harinya, Bupati meninjau gudang beras di Desa Sukamakmur.\n\n"
    "“Stok beras kita aman sampai akhir tahun ini,” katanya.",
    # "menurut X" before the quote, though someone else leads the paragraph
    "Bambang Sutejo, pedagang cabai, datang ke pasar pagi itu. "
    "Menurut Rudi Wibisana, “Harga cabai naik karena hujan deras sepekan ini.”",
    # the subject of a reporting verb, set off by a long apposition
    "“Kami siapkan pelatihan pemasaran daring untuk peserta,” kata Bambang Sutejo.\n\n"
    "Salah satu peserta, Rudi Wibisana, pemilik usaha keripik dari Desa Sukamaju, mengaku omzetnya turun.\n\n"
    "“Dulu sehari bisa laku 40 bungkus keripik,” tuturnya.",
    # "Ia mengingatkan": the pronoun is the person of a sentence before it in its paragraph
    "“Kami siapkan pelatihan pemasaran daring untuk peserta,” kata Bambang Sutejo.\n\n"
    "Pelatihan menghadirkan narasumber asal Klaten, Rudi Wibisana, yang juga pengelola komunitas wirausaha. "
    "Ia mengingatkan peserta untuk konsisten. “Jangan berharap sekali unggah langsung laku,” pesannya.",
    # a person who is the subject inside what a report says is not the one reporting
    "“Kami tidak pernah menerima surat panggilan itu,” kata Rudi Wibisana di kantornya.\n\n"
    "Namun, ia mengingatkan, tim kuasa hukum Bambang Sutejo juga punya hak untuk membela kliennya.\n\n"
    "“Itu juga hak kami untuk melakukan upaya hukum,” timpalnya.",
    # a description with a demonstrative points back ("kata pria asal Klaten tersebut")
    "Pelatih Rudi Wibisana mengaku senang meski timnya kalah.\n\n"
    "“Kami senang bisa menyamakan kedudukan di babak kedua,” kata pria asal Klaten tersebut.",
    # a passive report names its speaker after the verb
    "Bambang Sutejo hadir dalam rapat itu.\n\nHal ini diungkap Rudi Wibisana, pengacara, saat hadir menjadi saksi "
    "di pengadilan.\n\n“Waktu itu saya kebingungan sekali,” tandasnya.",
    "Bambang Sutejo hadir dalam rapat itu.\n\nDikatakan Rudi Wibisana, tujuan kegiatan ini untuk hidup sehat.\n\n"
    "“Tujuan utama kami mendukung pola hidup sehat,” katanya.",
    "Bambang Sutejo memimpin rapat itu.\n\nHal itu disampaikan oleh Rudi Wibisana di sela rapat.\n\n"
    "“Kawasan itu harus dijaga bersama,” katanya.",
    # a description that points back ("… tersebut menjelaskan") is the one named before, not the body in it
    "Kombes Pol Rudi Wibisana menyerahkan formulir pendaftaran.\n\n“Saya niat maju bukan bermodal kosong,” "
    "tegas perwira polisi aktif ini.\n\nAnalis Kebijakan Madya Bidkum Mabes Polri tersebut menjelaskan, program "
    "andalannya adalah Jumat Keliling. “Program ini agar gubernur berkeliling,” paparnya.",
    # a person first named inside a quote is the one spoken of, not the one who speaks after
    "“Pelaku dua orang, yaitu Bambang Sutejo (24) dan Joko Susilo (25),” kata Kapolda Sukamaju Irjen Pol "
    "Rudi Wibisana di Sukamakmur.\n\nBambang Sutejo berasal dari Kota Sukamaju.\n\n"
    "“Jasad kedua pelaku akan kami identifikasi,” kata dia.",
    # "menurut dia" is no verb of the body before it
    "Kepala Bidang Humas Polda Sukamaju Kombes Pol Rudi Wibisana mengatakan pesawat itu jatuh pagi tadi.\n\n"
    "Pesawat milik Bambang Sutejo Flight School itu, menurut dia, diawaki dua orang.\n\n"
    "“Tidak ada korban jiwa,” katanya.",
    # a clause pointing back when no report or subject comes before: the person the text is about
    "Rudi Wibisana, personel band Sukamaju, siap tampil kembali setelah sembuh.\n\n"
    "Ia akan tampil pada konser di Balai Sarbini, Jakarta Selatan.\n\n"
    "“Ini pertunjukan perdana setelah saya sakit,” ujarnya.",
    # the part an actor plays, the song a singer sings, is no speaker
    "Aktor laga Rudi Wibisana kembali bermain film.\n\nSayangnya, Rudi enggan menjelaskan film itu.\n\n"
    "“Maaf saat ini saya belum bisa beri bocoran,” kata pemeran Tasu Leech dalam film Star Wars itu.",
    # a report inside what another reports is the first reporter's
    "Kanit Reskrim Polsek Kuta, Iptu Rudi Wibisana mengatakan, berdasarkan keterangan saksi Bambang Sutejo "
    "menjelaskan, saksi mendengar suara benda jatuh.\n\nLanjutnya, saksi lalu naik ke lantai tiga.\n\n"
    "“Saat itu saksi memberitahukan kepada rekan kerjanya,” katanya.",
    # ... but a report that a quote follows in its sentence is the quote's
    "Sementara survei Bambang Sutejo pada Minggu menyebut hanya 35 persen warga setuju dengan Bupati Rudi "
    "Wibisana yang menyebut “tidak ada kesepakatan lebih baik daripada kesepakatan buruk” dalam perundingan.",
    # a relative's name in the clause is not the speaker's
    "Rudi Wibisana mendaftar sebagai calon gubernur di kantor partai.\n\n"
    "“Kami akan terus berjuang untuk rakyat kecil,” tandas cucu ulama Sukamaju, KH Bambang Sutejo ini.",
    # a reporting clause set into a sentence names its speaker, not the subject after its comma
    "Kepala Kantor Wilayah Rudi Wibisana mengatakan, Bambang Sutejo akan dipindahkan.\n\n"
    "Saat ini, lanjut Rudi, Bambang masih menjalani pemeriksaan di kantor polisi.\n\n"
    "“Nanti kami akan lakukan pendalaman lagi,” katanya.",
    # a name that ends a list in the quote's paragraph is no subject "ujarnya" points back to
    "Rudi Wibisana mengatakan, bantuan sudah tiba di lokasi.\n\n"
    "Bantuan dibagikan kepada warga Desa Sukamaju, panitia, dan Bambang Sutejo. “Semua sudah menerima,” ujarnya.",
    # a day after the comma is no name of a speaker described ("kata pria itu, Senin")
    "Pelatih Rudi Wibisana mengaku senang meski timnya kalah.\n\n"
    "“Kami senang bisa menyamakan kedudukan,” kata pria asal Klaten itu, Senin (10/4).",
    # "Menurut rencana, X akan …" describes no speaker: the walk goes on
    "Direktur Rudi Wibisana meninjau stasiun itu.\n\nMenurut rencana, Halte Kopi Senja akan dilengkapi "
    "fasilitas baru.\n\n“Biayanya tidak besar,” jelasnya.",
    # a person named in what a subject's verb before a comma says is no subject ("Rudi menjawab,
    # Bambang …": Bambang is spoken of)
    "Hakim menanyakan peran Bambang Sutejo di partai.\n\nRudi Wibisana pun menjawab, Bambang Sutejo memang "
    "berperan besar dalam setiap kebijakan partai.\n\n“Nasib kami di dewan ditentukan dia,” terangnya.",
    "Rudi Wibisana meragukan komitmen Bambang Sutejo. Rudi Wibisana berpandangan, Bambang Sutejo sedang mencari "
    "klub lain.\n\n“Saya rasa dia sedang menguji pelatihnya,” katanya.",
    # a name after a preposition is its object, no subject, though the passes read a person there
    "Air lemon diklaim menyehatkan.\n\nRudi Wibisana dokter gigi dari Klinik Senyum Sehat mengungkapkan bahwa "
    "air lemon merusak enamel gigi.\n\n“Asam lemon akan mengikis enamel gigi,” katanya.",
    # a subject who gives a view or an appeal ("berpendapat", "mengimbau") is the one the text reports
    "“Pasar ini akan kami tata ulang,” kata Bambang Sutejo.\n\nRudi Wibisana yang meninjau pasar itu mengimbau "
    "warga berbelanja lebih awal.\n\n“Kapasitas parkir di sini terbatas,” katanya.",
    "“Pasar ini akan kami tata ulang,” kata Rudi Wibisana.\n\nRudi berpendapat, penataan itu terlambat setelah "
    "Bupati Sukamaju melalui juru bicaranya Bambang Sutejo menyatakan belum berencana.\n\n"
    "“Kalau tidak segera, pedagang akan rugi,” katanya.",
])
def test_a_quote_without_a_name_is_the_last_speakers(text):
    assert [q.speaker for q in run_alone(text, "quotes").quotes][-1] == RUDI


@pytest.mark.parametrize("text", [
    # the text does not say who spoke: no guess
    "Spanduk bertuliskan “Kami tidak akan menyerah sampai kapan pun” terpasang di depan kantor desa.",
    # a text gives its words ("berbunyi"), though a person is the subject of the paragraph before
    "Rudi Wibisana menemui penyidik.\n\nPasal 21 undang-undang itu berbunyi, “Setiap orang yang dengan sengaja "
    "mencegah penyidikan dipidana dengan pidana penjara paling singkat tiga tahun.”",
    "“Kami mendukung Pak Rudi Wibisana sampai menang nanti,” teriak massa di depan kantor itu.",
    # a title that goes on to a name the tagger did not read is not the title's holder
    "Presiden Rudi Wibisana meresmikan pabrik itu.\n\n“Kami dengan senang hati mengumumkan kerja sama ini,” "
    "kata Presiden dan Chief Executive Officer PT Contoh Jaya melalui keterangan tertulis.",
    # nobody in particular spoke
    "Kepala Desa Rudi Wibisana meninjau tanggul itu.\n\n“Kami takut banjir datang lagi tahun ini,” kata seorang warga.",
    "“Kasus ini sudah lama kami laporkan ke polisi,” ujar sumber yang enggan disebut namanya kepada Rudi Wibisana.",
    # a short form of a post nobody named holds
    "Menteri Pertanian Rudi Wibisana membuka pameran.\n\n“Kami dorong ekspor produk industri,” kata Menperin.",
    # a source or a body reports, and the quotes go on from its report
    "Rudi Wibisana menyerbu panggung konser itu.\n\nSeorang sumber mengatakan, “Jelas ini seharusnya tidak terjadi "
    "di panggung.”",
    "Rudi Wibisana menyerbu panggung konser itu.\n\nSumber lain mengatakan, kekhawatiran akan teror meningkat.\n\n"
    "“Penampil butuh tahu bahwa panggung mereka aman.”",
    "Rudi Wibisana menolak permintaan itu.\n\nKementerian Luar Negeri Sukamaju mengatakan "
    "petugas itu punya kekebalan diplomatik.\n\n“Tidak perlu ada eskalasi diplomatik,” kata dia.",
    "Rudi Wibisana mengundurkan diri dari jabatannya.\n\n“Dengan sangat menyesal, pelatih kami mengundurkan "
    "diri.”, Asosiasi Sepak Bola Sukamaju mengonfirmasi hal tersebut.",
    "Rudi Wibisana membantah tuduhan itu.\n\n“Kami tetap yakin pemain kami tidak bersalah,” demikian pernyataan "
    "resmi Persisuka.",
    # who the text has been reporting is the government of someone, not that person
    "Kapolda Sukamaju Bambang Sutejo hadir.\n\nNamun pemerintahan Rudi Wibisana menyebut petugas itu kebal "
    "hukum.\n\n“Dia akan segera dipulangkan,” katanya.",
    # a body spoke: no person
    "Putra Mahkota Rudi Wibisana mengubah kerajaan itu.\n\n“Tiga stadion siap menampung penonton perempuan,” "
    "umum otoritas olahraga Sukamaju lewat Twitter.",
    "Rudi Wibisana ditahan sejak Senin.\n\n“Kami akan mengajukan penangguhan penahanan,” kata pihak keluarga.",
    "Rekaman wawancara Rudi Wibisana akan ditayangkan.\n\n“Rekaman itu sumber sejarah yang penting,” kata media "
    "tersebut dalam pernyataannya.",
    "Kepala Desa Rudi Wibisana hadir dalam rapat itu.\n\n“Kasus ini masih kami selidiki secara "
    "mendalam,” kata Polda Sukamaju.",
    # initials two people's names share, or a body's acronym, name no one person
    "Hadi Kartasasmita dan Hendra Kusuma hadir.\n\n“Kami siap membantu warga,” kata HK.",
    "Rudi Wibisana diperiksa penyidik.\n\n“Kasus ini masih kami dalami,” kata KPK.",
    # a speaker described, then named by a name no pass read as a person's: not the last speaker
    "Pelatih Rudi Wibisana memimpin latihan pagi ini.\n\n“Kami sudah paham kualitas para pemain,” ujar asisten "
    "pelatih tim nasional, Kudus Sentosa.",
    # such a name, one word of it alone after the quote: it introduced nobody the next paragraph names
    "Hal ini diungkapkan Asisten Pelatih Persisuka, Bima Perkasa.\n\nRudi Wibisana dan kawan-kawan meraih "
    "kemenangan telak.\n\n“Rahasia utamanya, kita tampil lepas tanpa beban,” ujar Bima pada wartawan.",
    # a text's words, quoted ("demikian petikan …")
    "Rudi Wibisana melapor ke polisi.\n\n“Pelapor membaca berita di media daring,” demikian petikan uraian "
    "kejadian dalam surat itu.",
    # a sentence opening with such a word names no speaker ("Kata kunci …")
    "Spanduk bertuliskan “Kami tidak akan menyerah sampai kapan pun.” Kata Sukamaju tertulis besar di bawahnya.",
    # an account's handle, or "another" post, names no person
    "Rudi Wibisana tampil di film itu.\n\n“Aktingnya masih kaku sekali,” cuit akun @sukamaju_99.",
    "Rudi Wibisana tampil di film itu.\n\n“Aktingnya masih kaku sekali,” tulis pemilik akun @sukamaju_99 di Twitter.",
    "Rudi Wibisana tampil di film itu.\n\n“Logatnya tidak terdengar sedikit pun,” cuit lainnya.",
    "Rudi Wibisana tampil di film itu.\n\n“Logatnya tidak terdengar sedikit pun,” tulis pengguna Twitter lainnya.",
    # someone unnamed close to a person, or speaking for one, is not that person
    "Rudi Wibisana merilis lagu baru.\n\n“Pastinya ini bukan album hip-hop,” kata sumber dekat Rudi.",
    "Rudi Wibisana meninggal dunia.\n\n“Kami sangat terpukul mendengar kabar ini,” tulis pihak Bambang Sutejo "
    "melalui Twitter.",
])
def test_no_speaker_when_the_text_names_no_person(text):
    assert [q.speaker for q in run_alone(text, "quotes").quotes] == [None]


def test_a_text_that_reports_is_no_person_pointed_back_to():
    text = ("“Peringatan bencana akan mempercepat strategi provinsi,” kata Rudi Wibisana.\n\n"
            "Pernyataan tersebut menjelaskan deklarasi itu berlaku selama tiga bulan.\n\n"
            "“Pemerintah kami ingin meyakinkan masyarakat bahwa tidak perlu panik.”")
    assert [q.speaker for q in run_alone(text, "quotes").quotes] == [RUDI, None]


@pytest.mark.parametrize("text, quote", [
    # a short quotation a reporting verb follows
    ("“Saya tidak tahu,” jawab Rudi Wibisana.", "Saya tidak tahu"),
    ("“Maafkan saya,” kata Rudi Wibisana kepada Bambang Sutejo.", "Maafkan saya"),
    # marks the site mangled: the opening one missing, written as a closing one, never closed
    ("Sekretaris DPRD Sukamaju Rudi Wibisana menarik mobil dinas.\n\n"
     "Kami sudah menyurati mereka dan meminta mobil itu dikembalikan, \"katanya.",
     "Kami sudah menyurati mereka dan meminta mobil itu dikembalikan"),
    ("” Kami berkomitmen memperkuat kerja sama di sektor industri,” kata Rudi Wibisana.",
     "Kami berkomitmen memperkuat kerja sama di sektor industri"),
    ("Rudi Wibisana mengundang investor. “Selain itu kami tawarkan jasa perawatan kapal di dalam negeri.",
     "Selain itu kami tawarkan jasa perawatan kapal di dalam negeri."),
    # a straight mark opens, a curly one closes, and the other way round
    ("\"Kami sudah siap menghadapi semua tantangan tahun ini,” kata Rudi Wibisana.",
     "Kami sudah siap menghadapi semua tantangan tahun ini"),
    ("“Harga cabai naik lagi minggu ini di pasar, \"ujar Rudi Wibisana.",
     "Harga cabai naik lagi minggu ini di pasar"),
])
def test_quotations_a_reporting_verb_or_a_paragraph_gives(text, quote):
    assert [(q.text, q.speaker) for q in run_alone(text, "quotes").quotes] == [(quote, RUDI)]


def test_two_mixed_pairs_of_marks_in_a_paragraph_are_two_quotes():
    text = ("\"Kami sudah siap menghadapi semua tantangan tahun ini,” kata Rudi Wibisana. "
            "\"Harga cabai naik lagi minggu ini di pasar,” ujar Bambang Sutejo.")
    assert [q.speaker for q in run_alone(text, "quotes").quotes] == [RUDI, BAMBANG]


def test_a_quote_left_open_at_a_paragraphs_end_goes_on_in_the_next():
    text = ("Bambang Sutejo meninjau pelabuhan pagi ini.\n\n"
            "“Kami tawarkan jasa perawatan kapal di dalam negeri kepada para investor.\n\n"
            "“Fasilitasnya sudah siap dipakai mulai bulan depan,” kata Rudi Wibisana.")
    assert [q.speaker for q in run_alone(text, "quotes").quotes] == [RUDI, RUDI]


@pytest.mark.parametrize("text, speakers", [
    # paragraphs of a quote alone, then one whose clause names its speaker: that speaker's
    ("Bambang Sutejo menunda keberangkatan.\n\n“Kemarin mau berangkat namun dipanggil tim nasional.”\n\n"
     "“Namun yang pasti kami akan berangkat,” kata pelatihnya, Rudi Wibisana.", [RUDI, RUDI]),
    ("Tim itu berlatih sejak pagi.\n\n“Kemarin mau berangkat namun dipanggil tim nasional.”\n\n"
     "“Jadwal keberangkatan kami akan disesuaikan lagi nanti.”\n\n“Namun yang pasti kami akan berangkat,” kata Rudi Wibisana.",
     [RUDI, RUDI, RUDI]),
    # not when the paragraph before reports someone, or is a quote's: the run goes on from there
    ("Bambang Sutejo mengatakan, tim itu dipanggil.\n\n“Kemarin mau berangkat namun dipanggil tim nasional.”\n\n"
     "“Namun yang pasti kami akan berangkat,” kata Rudi Wibisana.", [BAMBANG, RUDI]),
    ("“Kami sudah siap,” kata Bambang Sutejo.\n\n“Kemarin mau berangkat namun dipanggil tim nasional.”\n\n"
     "“Namun yang pasti kami akan berangkat,” kata Rudi Wibisana.", [BAMBANG, BAMBANG, RUDI]),
])
def test_a_quote_alone_before_a_named_one_is_its_speakers(text, speakers):
    assert [q.speaker for q in run_alone(text, "quotes").quotes] == speakers


@pytest.mark.parametrize("text, speakers", [
    # a title alone whose holder the text gave otherwise: the last speaker it introduced ...
    ("“Terdakwa menerima hadiah itu dari rekanan,” kata jaksa BPKS, Rudi Wibisana, saat membacakan dakwaan.\n\n"
     "Bambang Sutejo menerima motor itu. Bambang saat itu merupakan auditor.\n\n"
     "“Terdakwa patut menduga hadiah itu diberikan karena jabatannya,” ujar Jaksa.", [RUDI, RUDI]),
    # ... or who holds a post of its role (the body written with a slip)
    ("Menteri Peridustrian Rudi Wibisana meresmikan pabrik baja itu.\n\n“Pabrik ini akan menyerap ribuan "
     "pekerja,” ujar Rudi.\n\nBambang Sutejo memimpin pabrik itu sejak tahun lalu.\n\n“Industri otomotif "
     "akan membutuhkan banyak baja,” papar Menperin.", [RUDI, RUDI]),
    # none when no speaker before was introduced by the title or holds its role
    ("“Terdakwa menerima hadiah itu dari rekanan,” kata Rudi Wibisana.\n\n"
     "“Terdakwa patut menduga hadiah itu diberikan karena jabatannya,” ujar Jaksa.", [RUDI, None]),
])
def test_a_title_alone_is_the_speaker_it_introduced(text, speakers):
    assert [q.speaker for q in run_alone(text, "quotes").quotes] == speakers


@pytest.mark.parametrize("text, speakers", [
    # a clause that describes one named before ("kekasih X tersebut") points back, past the X it names
    ("Rudi Wibisana hadir di pemakaman itu.\n\n“Saya tidak menyangka dia pergi secepat ini,” tutur kekasih "
     "Bambang Sutejo tersebut.", [RUDI]),
    # a body's view ("Partai X menilai …") is voiced by the one who spoke for it
    ("“Kami akan mengirim tiga nama,” kata Sekretaris Fraksi Rudi Wibisana.\n\nNamun, Partai Karya Sukamaju menilai "
     "pansus akan tetap berjalan meski tidak semua fraksi lengkap.\n\n“Kalau kami tak kirim tentu kami tak bisa "
     "banyak berbuat,”", [RUDI, RUDI]),
    # someone in particular by a title, named nowhere ("Seorang juru bicara klub berkata"): no speaker
    ("“Tiket itu kami bagikan gratis,” kata Rudi Wibisana.\n\nSeorang juru bicara klub, seperti dilansir media, "
     "berkata, “Kami benar-benar kecewa ada suporter yang menjual tiket itu.”", [RUDI, None]),
    # a sign's words are no one's, and the report goes on past them
    ("“Kami akan terus berjuang,” kata Rudi Wibisana.\n\nMassa membawa spanduk bertuliskan “Kami tidak akan "
     "menyerah sampai kapan pun”.\n\n“Perjuangan ini belum selesai,” ujarnya.", [RUDI, None, RUDI]),
    # the words of a person's book "berbunyi" are that person's (only a law's article gives its own)
    ("Bambang Sutejo melatih klub itu.\n\nRudi Wibisana menulis buku yang berbunyi, “Saya pernah bernegosiasi "
     "dengan pelatih itu selama berminggu-minggu.”", [RUDI]),
])
def test_who_speaks_by_a_description_a_title_or_a_text(text, speakers):
    assert [q.speaker for q in run_alone(text, "quotes").quotes] == speakers


def test_an_answer_is_spoken_by_the_one_asked():
    text = ("“Untuk apa saudara mencari berkas itu?” tanya jaksa Rudi Wibisana kepada Bambang Sutejo.\n\n"
            "“Saya tidak tahu,” jawabnya.")
    assert [q.speaker for q in run_alone(text, "quotes").quotes] == [RUDI, BAMBANG]


@pytest.mark.parametrize("text", [
    "Rudi Wibisana mengaku diminta Bambang Sutejo mencari berkas itu.\n\n"
    "“Rudi, tolong carikan berkas milik saya,” kata Rudi menirukan permintaan Bambang kepadanya.",
    "Rudi Wibisana menyebut anaknya melarang dia menikah lagi.\n\n"
    "“Ibu sudah terlalu tua untuk menikah,” kata Rudi mengulang perkataan Bambang Sutejo kepadanya.",
    "Jaksa Rudi Wibisana membacakan berita acara pemeriksaan Bambang Sutejo.\n\n"
    "“Uang itu saya serahkan kepada panitera,” ucap Rudi membacakan BAP Bambang.",
])
def test_words_the_speaker_repeats_or_reads_out_are_the_other_persons(text):
    assert [q.speaker for q in run_alone(text, "quotes").quotes] == [BAMBANG]


def test_after_repeating_someone_the_text_goes_on_reporting_the_speaker():
    text = ("Rudi Wibisana mengaku diminta Bambang Sutejo mencari berkas itu.\n\n"
            "“Tolong carikan berkas milik saya,” kata Rudi menirukan permintaan Bambang kepadanya.\n\n"
            "“Saya lalu pergi ke kantor panitera,” ujarnya.")
    assert [q.speaker for q in run_alone(text, "quotes").quotes] == [BAMBANG, RUDI]


def test_short_quoted_names_are_no_quotes():
    doc = run_alone("Rudi Wibisana membuka warung “Kopi Desa” di Sukamaju.", "quotes")
    assert doc.quotes == []


@pytest.mark.parametrize("text", [
    # a word that introduced one person's name, alone after the quote
    "Jaksa Penuntut Umum (JPU) BPKS Rudi Wibisana membacakan tuntutan.\n\n"
    "“Terdakwa terbukti menerima suap dua kali,” tegas JPU.",
    "Kapolres Klaten AKBP Rudi Wibisana memimpin razia.\n\n“Semua kendaraan kami periksa satu per "
    "satu,” ujar Kapolres.",
    # a short form of the post the title and its body wrote in full; the other minister holds another
    "Menteri Perindustrian RI Rudi Wibisana dan Menteri Pertanian Bambang Sutejo membuka pameran.\n\n"
    "“Kami dorong ekspor produk industri ke Asia Tengah,” kata Menperin di Jakarta.",
    "Jaksa Penuntut Umum Rudi Wibisana membacakan tuntutan.\n\n“Terdakwa terbukti menerima suap,” tegas JPU.",
])
def test_a_title_or_its_acronym_names_the_person_it_introduced(text):
    assert [q.speaker for q in run_alone(text, "quotes").quotes] == [RUDI]


def test_a_speaker_left_apart_as_a_short_form_is_the_full_names_person():
    text = ("Pelatih timnas Rudi Wibisana mengaku senang meski timnya kalah.\n\n"
            "Wibisana pun mengapresiasi permainan timnya.\n\n"
            "“Semua pemain akan kami evaluasi setelah laga ini,” kata dia.")
    doc = prepared(text, "quotes")
    at = text.index("Wibisana pun")  # as the people passes may leave it on real news: an entity of its own
    doc.add("person", "Wibisana", at)
    doc.mention(at, at + len("Wibisana"), "person:wibisana")
    next(step for step in PASSES if step.name == "quotes").run(doc)
    assert [q.speaker for q in doc.quotes] == [RUDI]


@pytest.mark.parametrize("text, speaker", [
    # a clipped first name, four letters kept ("Pram" of "Pramesti")
    ("Pramesti Sumarsih, ketua panitia, membuka rapat itu.\n\n“Ujian nasional tetap digelar tahun ini,” "
     "kata Pram di Istana.", "person:pramesti-sumarsih"),
    # two letters swapped ("Wibsiana" of "Wibisana")
    ("Pelatih tim tamu Rudi Wibisana mengaku kecewa.\n\n“Maafkan saya, kami bermain buruk,” kata Wibsiana "
     "seusai laga.", RUDI),
    # two names it might clip: the one-word person stays
    ("Pramesti Sumarsih dan Pramono Anggoro membuka rapat itu.\n\n“Ujian nasional tetap digelar tahun ini,” "
     "kata Pram di Istana.", "person:pram"),
])
def test_a_speaker_written_another_way_is_the_full_names_person(text, speaker):
    assert [q.speaker for q in run_alone(text, "quotes").quotes] == [speaker]


def test_a_person_a_quoted_ruling_is_about_is_not_its_speaker():
    from graph.extract import extract
    from graph.types import Article
    text = ("Pemain Persikota Rudi Wibisana dihukum. “Pemain itu dikenakan sanksi tiga kali larangan bermain,” "
            "demikian isi putusan komisi terhadap Rudi Wibisana yang dirilis kemarin.")
    assert [q.speaker for q in extract(Article("a", text)).quotes] == [None]


@pytest.mark.parametrize("text, speaker", [
    # a clause with no reporting verb that names a text or a body: its words, no person's
    ("Rudi Wibisana mengatakan, rapat itu berjalan lancar.\n\n“Kami mendukung penuh kebijakan ini,” bunyi "
     "pernyataan tersebut.",
     None),
    ("Rudi Wibisana mengatakan, gugatan itu sudah diajukan.\n\n“Termohon telah mengubah hasil rekapitulasi "
     "suara,” seperti dalam petikan permohonan.", None),
    ("Rudi Wibisana meninjau lokasi banjir.\n\n“Semua tamu resor sudah aman,” bunyi pernyataan pers mereka.", None),
    ("Rudi Wibisana menjadi pelatih tim itu.\n\n“Kami senang menyambut pelatih baru,” rilis Persisuka.", None),
    # the text is a person's, named in the clause
    ("Rudi Wibisana hadir.\n\n“Kami sangat berduka atas kepergiannya,” bunyi pernyataan juru bicara keluarga, "
     "Bambang Sutejo.", BAMBANG),
    # a sentence of its own after the mark is no such clause: the quote stays the last speaker's
    ("Rudi Wibisana menanam padi.\n\n“Panen tahun ini jauh lebih bagus,” katanya. “Harga gabah juga naik.” "
     "Pernyataan itu disambut warga.", RUDI),
])
def test_a_source_named_after_the_mark_with_no_verb(text, speaker):
    assert [q.speaker for q in run_alone(text, "quotes").quotes][-1] == speaker


@pytest.mark.parametrize("text", [
    # "Ia" after a sentence naming two: its subject, not the last one named
    "Sutradara Rudi Wibisana angkat suara soal kecelakaan yang hampir menewaskan Bambang Sutejo. Ia mengaku "
    "bersalah.\n\n“Ini penyesalan terbesar dalam hidup saya sampai hari ini,” kata sutradara itu.",
    "Rudi Wibisana kecewa dengan keputusan wasit yang mengusir Bambang Sutejo. Dia menyatakan akan protes.\n\n"
    "“Keputusan itu sangat merugikan tim kami di laga ini,” ujarnya.",
    # a name in a phrase put before the subject is not it; the walk keeps the last one named
    "Terlepas dari kembalinya Bambang Sutejo, proyek film itu sudah dibahas Rudi Wibisana. Juli lalu, ia "
    "mengatakan sedang berdiskusi.\n\n“Kami sedang membicarakan apa yang bisa kami lakukan,” tuturnya.",
])
def test_a_pronoun_points_to_the_subject_of_the_sentence_before(text):
    assert [q.speaker for q in run_alone(text, "quotes").quotes] == [RUDI]


def test_the_subject_of_what_a_pronoun_says_is_not_the_speaker():
    text = ("Rudi Wibisana menuturkan, setiap partai punya hak politik.\n\n"
            "Menyoal langkah partai itu, Rudi secara terang-terangan melihat ada upaya yang dilakukan Bambang "
            "Sutejo. Ia melihat, Bambang seolah memberi syarat bagi partai itu.\n\n"
            "“Polanya itu seperti tongkat dan wortel bagi partai politik,” ujarnya.")
    assert [q.speaker for q in run_alone(text, "quotes").quotes] == [RUDI]


@pytest.mark.parametrize("text, inner", [
    # the words a speaker quotes, between single marks: a quote of their own, with no speaker
    ("“Pak sekjen menelepon saya ' KPK menyegel beberapa ruangan kita ',” ujar Rudi Wibisana.",
     "KPK menyegel beberapa ruangan kita"),
    ("“Saya datang dan melihat. Hampir semua bilang ' Iya, Pak, memang sungai ini harus dilebarkan ',” kata "
     "Rudi Wibisana.", "Iya, Pak, memang sungai ini harus dilebarkan"),
    # a title between single marks is no quote: most of its words capitalized, or too few words
    ("“Kami akan membawakan lagu ' Hitam atau Putih ' di panggung nanti malam,” kata Rudi Wibisana.", None),
    ("“Kami mengusung tema ' Berdikari untuk Sukamaju Raya ' pada acara ini,” kata Rudi Wibisana.", None),
    # a word set off in single marks, in lowercase, is none
    ("“Langkah industri rokok tahun ini akan kian ' terseok-seok ' karena tarif baru,” kata Rudi Wibisana.", None),
])
def test_a_quote_inside_a_quote(text, inner):
    quotes = run_alone(text, "quotes").quotes
    assert quotes[0].speaker == RUDI
    assert [(q.text, q.speaker) for q in quotes[1:]] == ([(inner, None)] if inner else [])


@pytest.mark.parametrize("text, name, span", [
    # a noun before the name in its sentence, a demonstrative after it
    ("Rudi Wibisana mengungkapkan perasaannya di Twitter. “Untuk adikku, saya mencintaimu apa pun yang "
     "terjadi.”\n\nPersonel Bintang Senja itu melanjutkan, “Jika kau merasa butuh bantuan, saya di sini.”",
     "Bintang Senja", "Bintang Senja"),
    # the noun inside the span the passes gave the name
    ("Rudi Wibisana mengungkapkan perasaannya di Twitter. “Untuk adikku, saya mencintaimu apa pun yang "
     "terjadi.”\n\nPersonel Bintang Senja itu melanjutkan, “Jika kau merasa butuh bantuan, saya di sini.”",
     "Bintang Senja", "Personel Bintang Senja"),
    ("Rudi Wibisana tampil di Sukamaju.\n\nPelantun Lagu Senja itu memang berasal dari Sukamaju.\n\n"
     "“Saya sangat bahagia berasal dari tempat ini,” ujarnya.", "Lagu Senja", "Lagu Senja"),
])
def test_a_name_inside_a_description_is_not_who_speaks(text, name, span):
    doc = prepared(text, "quotes")
    at = text.index(span)  # a band or a song the people passes may read as a person on real news
    doc.add("person", name, at + len(span) - len(name))
    key = "person:" + name.lower().replace(" ", "-")
    doc.mention(at, at + len(span), key)
    next(step for step in PASSES if step.name == "quotes").run(doc)
    assert RUDI in [q.speaker for q in doc.quotes] and key not in [q.speaker for q in doc.quotes]
