<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>answer_controller</name>
    <message>
        <source>Compare</source>
        <translation>Bandingkan</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>What went wrong, technically (secret masked):</source>
        <translation>Apa yang salah, secara teknis (kunci rahasia disamarkan):</translation>
    </message>
    <message>
        <source>There is no token to copy yet: fetch one first.</source>
        <translation>Belum ada token untuk disalin: ambil token dulu.</translation>
    </message>
    <message>
        <source>Token copied to the clipboard.</source>
        <translation>Token disalin ke papan klip.</translation>
    </message>
</context>
<context>
    <name>answer_pane</name>
    <message>
        <source>&lt;h3&gt;No answer yet&lt;/h3&gt;&lt;p&gt;Pick where to send the request, enter the partner ID, name and secret key, and press &lt;b&gt;Fetch&lt;/b&gt; (Ctrl+Enter).&lt;/p&gt;&lt;p&gt;No key at hand? The &lt;b&gt;Local emulator&lt;/b&gt; accepts any secret of 8 or more letters, digits, - or _, and needs no network: the button below fills one in and fetches.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Belum ada jawaban&lt;/h3&gt;&lt;p&gt;Pilih tujuan permintaan, isi ID mitra, nama, dan kunci rahasia, lalu tekan &lt;b&gt;Ambil&lt;/b&gt; (Ctrl+Enter).&lt;/p&gt;&lt;p&gt;Tidak punya kunci? &lt;b&gt;Emulator lokal&lt;/b&gt; menerima kunci rahasia apa pun berisi 8 huruf, angka, - atau _ atau lebih, dan tidak butuh jaringan: tombol di bawah mengisi satu dan langsung mengambil.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Which format&apos;s answer the form and token show</source>
        <translation>Jawaban format mana yang ditampilkan formulir dan token</translation>
    </message>
    <message>
        <source>Form: first that succeeded</source>
        <translation>Formulir: yang pertama berhasil</translation>
    </message>
    <message>
        <source>Form: {title}</source>
        <translation>Formulir: {title}</translation>
    </message>
    <message>
        <source>Compare with &amp;previous</source>
        <translation>Bandingkan dengan &amp;sebelumnya</translation>
    </message>
    <message>
        <source>Compare this answer with the one before it of the same call and partner</source>
        <translation>Bandingkan jawaban ini dengan jawaban sebelumnya dari panggilan dan mitra yang sama</translation>
    </message>
    <message>
        <source>the token appears here</source>
        <translation>token muncul di sini</translation>
    </message>
    <message>
        <source>The token received; every other API call takes it</source>
        <translation>Token yang diterima; setiap panggilan API lain memakainya</translation>
    </message>
    <message>
        <source>&amp;Copy token</source>
        <translation>&amp;Salin token</translation>
    </message>
    <message>
        <source>Put the token on the clipboard (Ctrl+Shift+C)</source>
        <translation>Taruh token di papan klip (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>&amp;Renew</source>
        <translation>&amp;Perbarui</translation>
    </message>
    <message>
        <source>Fetch again with this token as token= (Renew Token)</source>
        <translation>Ambil lagi dengan token ini sebagai token= (Renew Token)</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;Periksa</translation>
    </message>
    <message>
        <source>Call List Language, the smallest call, with this token and say whether it is accepted</source>
        <translation>Panggil List Language, panggilan terkecil, dengan token ini dan katakan apakah token diterima</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Detail…</translation>
    </message>
    <message>
        <source>New token, call again</source>
        <translation>Token baru, panggil lagi</translation>
    </message>
    <message>
        <source>Get a new token with the secret key, then make the same call with it</source>
        <translation>Ambil token baru dengan kunci rahasia, lalu lakukan panggilan yang sama dengannya</translation>
    </message>
    <message>
        <source>Renew, call again</source>
        <translation>Perbarui, panggil lagi</translation>
    </message>
    <message>
        <source>Renew the refused token (keeps its login), then make the same call with the new one</source>
        <translation>Perbarui token yang ditolak (login-nya tetap), lalu lakukan panggilan yang sama dengan token baru</translation>
    </message>
    <message>
        <source>Try it on the &amp;local emulator</source>
        <translation>Coba di &amp;emulator lokal</translation>
    </message>
    <message>
        <source>Switch to the local emulator, fill the docs&apos; partner and a demo secret, and fetch</source>
        <translation>Pindah ke emulator lokal, isi mitra dari dokumentasi dan kunci rahasia contoh, lalu ambil</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Records ({count})</source>
        <translation>Entri ({count})</translation>
    </message>
    <message>
        <source>Diagnostic</source>
        <translation>Diagnostik</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>The tiket.com General API workbench.</source>
        <translation>Meja kerja General API tiket.com.</translation>
    </message>
    <message>
        <source>sandbox, production, emulator, or a base URL</source>
        <translation>sandbox, production, emulator, atau URL dasar</translation>
    </message>
    <message>
        <source>show the window until it is painted, then exit 0</source>
        <translation>tampilkan jendela sampai tergambar, lalu keluar dengan 0</translation>
    </message>
    <message>
        <source>load the whole workbench and exit 0 once it has painted (checks a bundle)</source>
        <translation>muat seluruh meja kerja dan keluar dengan 0 setelah tergambar (memeriksa bundel)</translation>
    </message>
    <message>
        <source>a saved answer to open (JSON, XML, ...)</source>
        <translation>jawaban tersimpan untuk dibuka (JSON, XML, ...)</translation>
    </message>
</context>
<context>
    <name>call_section</name>
    <message>
        <source>What</source>
        <translation>Apa</translation>
    </message>
    <message>
        <source>The General API&apos;s calls: Get Token takes the secret key, every other the token</source>
        <translation>Panggilan General API: Get Token memakai kunci rahasia, yang lain memakai token</translation>
    </message>
    <message>
        <source>get one with Get Token, or paste one</source>
        <translation>dapatkan dengan Get Token, atau tempelkan</translation>
    </message>
    <message>
        <source>The token this call sends as token=</source>
        <translation>Token yang dikirim panggilan ini sebagai token=</translation>
    </message>
    <message>
        <source>optional: a token to renew</source>
        <translation>opsional: token lama</translation>
    </message>
    <message>
        <source>Renew Token: sends token=… so the login information is kept</source>
        <translation>Renew Token: mengirim token=… sehingga informasi login tetap</translation>
    </message>
    <message>
        <source>Server default</source>
        <translation>Bawaan server</translation>
    </message>
    <message>
        <source>Indonesian (id)</source>
        <translation>Bahasa Indonesia (id)</translation>
    </message>
    <message>
        <source>English (en)</source>
        <translation>Bahasa Inggris (en)</translation>
    </message>
    <message>
        <source>lang= changes the language of the answer&apos;s texts; until you pick one, it follows the language of tiket-gui</source>
        <translation>lang= mengubah bahasa teks dalam jawaban; sampai Anda memilih, mengikuti bahasa tiket-gui</translation>
    </message>
    <message>
        <source>array is the API&apos;s default: PHP print_r text</source>
        <translation>array adalah bawaan API: teks print_r PHP</translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation>&amp;Panggilan</translation>
    </message>
    <message>
        <source>To&amp;ken</source>
        <translation>To&amp;ken</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <source>Renew &amp;token</source>
        <translation>Perbarui &amp;token</translation>
    </message>
    <message>
        <source>Server default ({lang})</source>
        <translation>Bawaan server ({lang})</translation>
    </message>
    <message>
        <source>typed or pasted here</source>
        <translation>diketik atau ditempel di sini</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Get a tiket.com API token, call the General API&apos;s lists with it, or read a saved answer.</source>
        <translation>Dapatkan token API tiket.com, panggil daftar General API dengannya, atau baca jawaban tersimpan.</translation>
    </message>
    <message>
        <source>Call getToken. The secret key comes from --secret-file PATH when given, else ${SECRET_ENV}, else a prompt on a terminal: never from an argument, which every user of the machine can see.</source>
        <translation>Memanggil getToken. Kunci rahasia diambil dari --secret-file PATH bila diberikan, jika tidak dari ${SECRET_ENV}, jika tidak dari pertanyaan di terminal: tidak pernah dari argumen, yang dapat dilihat setiap pengguna mesin ini.</translation>
    </message>
    <message>
        <source>renew this token</source>
        <translation>perbarui token ini</translation>
    </message>
    <message>
        <source>call a General API list with a token</source>
        <translation>panggil daftar General API dengan token</translation>
    </message>
    <message>
        <source>Call one of the General API&apos;s lists with a token: --token, else ${TOKEN_ENV}, else a token fetched first with getToken, by get&apos;s rules for the secret key. An explicit --token wins over the environment.</source>
        <translation>Memanggil salah satu daftar General API dengan token: --token, jika tidak ${TOKEN_ENV}, jika tidak token yang diambil dulu dengan getToken, menurut aturan get untuk kunci rahasia. --token yang diberikan mengalahkan lingkungan.</translation>
    </message>
    <message>
        <source>the token to send (else ${TOKEN_ENV})</source>
        <translation>token yang dikirim (jika tidak ${TOKEN_ENV})</translation>
    </message>
    <message>
        <source>compare two answers</source>
        <translation>bandingkan dua jawaban</translation>
    </message>
    <message>
        <source>Compare two answers of a call, in any formats: each a file, - for standard input, or a history entry (@ID, @latest, @-2 for the one before it). The fields every call measures anew (elapsetime, memoryusage, unix_timestamp) and the token of two answers of one call are set aside unless --all. Exit 0 the same, 1 different, 2 usage, 4 an answer that cannot be read.</source>
        <translation>Membandingkan dua jawaban dari satu panggilan, dalam format apa pun: masing-masing berkas, - untuk masukan standar, atau entri riwayat (@ID, @latest, @-2 untuk yang sebelumnya). Kolom yang diukur ulang setiap panggilan (elapsetime, memoryusage, unix_timestamp) dan token dari dua jawaban satu panggilan dikesampingkan kecuali --all. Keluar 0 sama, 1 berbeda, 2 penggunaan, 4 jawaban yang tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>compare the volatile fields too</source>
        <translation>bandingkan juga kolom yang berubah-ubah</translation>
    </message>
    <message>
        <source>set this field aside as well, e.g. diagnostic.lang (repeatable)</source>
        <translation>kesampingkan juga kolom ini, mis. diagnostic.lang (dapat diulang)</translation>
    </message>
    <message>
        <source>read a saved answer</source>
        <translation>baca jawaban tersimpan</translation>
    </message>
    <message>
        <source>Read a saved answer of any call; which call it is, its fields tell.</source>
        <translation>Membaca jawaban tersimpan dari panggilan apa pun; kolomnya menunjukkan panggilan yang mana.</translation>
    </message>
    <message>
        <source>a file, or - for standard input</source>
        <translation>berkas, atau - untuk masukan standar</translation>
    </message>
    <message>
        <source>sandbox, production, emulator, or a base URL</source>
        <translation>sandbox, production, emulator, atau URL dasar</translation>
    </message>
    <message>
        <source>answer format; all fetches the four at once (default json)</source>
        <translation>format jawaban; all mengambil keempatnya sekaligus (bawaan json)</translation>
    </message>
    <message>
        <source>give up after S seconds in all (default 30)</source>
        <translation>menyerah setelah total S detik (bawaan 30)</translation>
    </message>
    <message>
        <source>read the secret key from the first line of this file</source>
        <translation>baca kunci rahasia dari baris pertama berkas ini</translation>
    </message>
    <message>
        <source>verify HTTPS against these CA certificates</source>
        <translation>verifikasi HTTPS dengan sertifikat CA ini</translation>
    </message>
    <message>
        <source>show technical detail on failure</source>
        <translation>tampilkan detail teknis saat gagal</translation>
    </message>
    <message>
        <source>getToken, to have a token for the call, did not bring one:</source>
        <translation>getToken, untuk mendapatkan token bagi panggilan ini, tidak membawa token:</translation>
    </message>
    <message>
        <source>Only one of the two answers can come from standard input.</source>
        <translation>Hanya satu dari dua jawaban yang boleh berasal dari masukan standar.</translation>
    </message>
    <message>
        <source>The same answer (set aside: {aside}).</source>
        <translation>Jawaban yang sama (dikesampingkan: {aside}).</translation>
    </message>
    <message>
        <source>no answer was read</source>
        <translation>tidak ada jawaban yang terbaca</translation>
    </message>
    <message>
        <source>{source}: a history entry is @ID, @latest or @-N (such as @-2).</source>
        <translation>{source}: entri riwayat ditulis @ID, @latest atau @-N (seperti @-2).</translation>
    </message>
    <message>
        <source>{source}: there is no such entry in the history.</source>
        <translation>{source}: tidak ada entri seperti itu di riwayat.</translation>
    </message>
    <message>
        <source>{unknown_format} Name it with --format.</source>
        <translation>{unknown_format} Sebutkan dengan --format.</translation>
    </message>
    <message>
        <source>The formats brought different tokens; each is printed.</source>
        <translation>Format-format membawa token yang berbeda; masing-masing dicetak.</translation>
    </message>
    <message>
        <source>Cannot read the secret file {secret_file}: check its path.</source>
        <translation>Tidak dapat membaca berkas rahasia {secret_file}: periksa jalurnya.</translation>
    </message>
    <message>
        <source>The secret file {secret_file} is empty.</source>
        <translation>Berkas rahasia {secret_file} kosong.</translation>
    </message>
    <message>
        <source>Secret key: </source>
        <translation>Kunci rahasia: </translation>
    </message>
    <message>
        <source>No secret key: set {SECRET_ENV}, pass --secret-file PATH, or run on a terminal to be asked for it.</source>
        <translation>Tidak ada kunci rahasia: atur {SECRET_ENV}, berikan --secret-file PATH, atau jalankan di terminal agar ditanyakan.</translation>
    </message>
    <message>
        <source>{name} is refused: a secret in the arguments can be read by every user of this machine (ps, /proc). Set {SECRET_ENV}, or pass --secret-file PATH.</source>
        <translation>{name} ditolak: kunci rahasia di argumen dapat dibaca setiap pengguna mesin ini (ps, /proc). Atur {SECRET_ENV}, atau berikan --secret-file PATH.</translation>
    </message>
    <message>
        <source>{text!r} is not a number of seconds</source>
        <translation>{text!r} bukan jumlah detik</translation>
    </message>
    <message>
        <source>the timeout must be more than 0 seconds</source>
        <translation>batas waktu harus lebih dari 0 detik</translation>
    </message>
    <message>
        <source>Serve a local stand-in for the tiket.com General API: getToken and its lists.</source>
        <translation>Menyajikan pengganti lokal General API tiket.com: getToken dan daftarnya.</translation>
    </message>
    <message>
        <source>0 picks a free port</source>
        <translation>0 memilih port yang bebas</translation>
    </message>
    <message>
        <source>accept only these secret keys (repeatable; default: any 8-128 of A-Z a-z 0-9 - _)</source>
        <translation>terima hanya kunci rahasia ini (dapat diulang; bawaan: apa pun 8-128 dari A-Z a-z 0-9 - _)</translation>
    </message>
    <message>
        <source>accept the secret keys in this file, one a line (keeps them out of the process list)</source>
        <translation>terima kunci rahasia dalam berkas ini, satu per baris (menjauhkannya dari daftar proses)</translation>
    </message>
    <message>
        <source>a fault for every request (see below)</source>
        <translation>gangguan untuk setiap permintaan (lihat di bawah)</translation>
    </message>
    <message>
        <source>tiket-emulator: unknown fault {fault_name!r}; see --help.</source>
        <translation>tiket-emulator: gangguan {fault_name!r} tidak dikenal; lihat --help.</translation>
    </message>
    <message>
        <source>tiket-emulator: cannot read {secret_file}: check the path.</source>
        <translation>tiket-emulator: tidak dapat membaca {secret_file}: periksa jalurnya.</translation>
    </message>
    <message>
        <source>tiket-emulator: cannot listen on {host}:{port} ({reason}): choose another --port, or 0 for any free one.</source>
        <translation>tiket-emulator: tidak dapat mendengarkan di {host}:{port} ({reason}): pilih --port lain, atau 0 untuk port bebas mana pun.</translation>
    </message>
    <message>
        <source>tiket-emulator serving on {base_url} (Ctrl+C to stop)</source>
        <translation>tiket-emulator melayani di {base_url} (Ctrl+C untuk berhenti)</translation>
    </message>
</context>
<context>
    <name>client</name>
    <message>
        <source>Certificate checks cannot be turned off for Production: the secret would be open to anyone between you and the API.</source>
        <translation>Pemeriksaan sertifikat tidak dapat dimatikan untuk Production: kunci rahasia akan terbuka bagi siapa pun di antara Anda dan API.</translation>
    </message>
    <message>
        <source>The server compressed the answer as {encoding!r}, which cannot be read here: check for a proxy that rewrites answers.</source>
        <translation>Server memampatkan jawaban sebagai {encoding!r}, yang tidak dapat dibaca di sini: periksa apakah ada proxy yang menulis ulang jawaban.</translation>
    </message>
    <message>
        <source>The compressed answer from {host} is damaged: try again.</source>
        <translation>Jawaban terkompresi dari {host} rusak: coba lagi.</translation>
    </message>
    <message>
        <source>The answer from {host} is larger than {size:g} MB and was not read: a getToken answer is a few hundred bytes, so check the URL.</source>
        <translation>Jawaban dari {host} lebih besar dari {size:g} MB dan tidak dibaca: jawaban getToken hanya beberapa ratus byte, jadi periksa URL-nya.</translation>
    </message>
    <message>
        <source>The server answered {status} {reason} and points to {location}: redirects are not followed, since they could carry the secret to another host. If you trust that address, use it as the base URL.</source>
        <translation>Server menjawab {status} {reason} dan menunjuk ke {location}: pengalihan tidak diikuti, karena dapat membawa kunci rahasia ke host lain. Jika Anda memercayai alamat itu, gunakan sebagai URL dasar.</translation>
    </message>
    <message>
        <source>The API&apos;s firewall at {host} refused the request (403 Forbidden): check the partner ID and name, which it needs as User-Agent twh:ID;NAME;.</source>
        <translation>Firewall API di {host} menolak permintaan (403 Forbidden): periksa ID dan nama mitra, yang dibutuhkannya sebagai User-Agent twh:ID;NAME;.</translation>
    </message>
    <message>
        <source>try again later</source>
        <translation>coba lagi nanti</translation>
    </message>
    <message>
        <source>check the base URL and the request</source>
        <translation>periksa URL dasar dan permintaannya</translation>
    </message>
    <message>
        <source>The server at {host} answered HTTP {status} {reason}{said}: {hint}.</source>
        <translation>Server di {host} menjawab HTTP {status} {reason}{said}: {hint}.</translation>
    </message>
    <message>
        <source>The answer from {host} took longer than {total:g} s in all and was abandoned: the server is sending very slowly. Try again, or allow more time.</source>
        <translation>Jawaban dari {host} memakan waktu lebih dari total {total:g} detik dan ditinggalkan: server mengirim sangat lambat. Coba lagi, atau beri waktu lebih.</translation>
    </message>
    <message>
        <source>Could not get through the proxy {proxy}: check the HTTP_PROXY / HTTPS_PROXY settings, or set NO_PROXY for this host.</source>
        <translation>Tidak dapat melewati proxy {proxy}: periksa pengaturan HTTP_PROXY / HTTPS_PROXY, atau atur NO_PROXY untuk host ini.</translation>
    </message>
    <message>
        <source>The host name {host} could not be found: check the URL, your network and DNS.</source>
        <translation>Nama host {host} tidak ditemukan: periksa URL, jaringan, dan DNS Anda.</translation>
    </message>
    <message>
        <source> The docs say the sandbox&apos;s HTTPS certificate is broken: use its http:// address.</source>
        <translation> Dokumentasi menyebut sertifikat HTTPS sandbox rusak: gunakan alamat http://-nya.</translation>
    </message>
    <message>
        <source> Set a CA bundle if you use a private certificate authority.</source>
        <translation> Atur bundel CA jika Anda memakai otoritas sertifikat privat.</translation>
    </message>
    <message>
        <source>The secure connection to {host} failed: its certificate could not be verified.{hint}</source>
        <translation>Koneksi aman ke {host} gagal: sertifikatnya tidak dapat diverifikasi.{hint}</translation>
    </message>
    <message>
        <source>Could not connect to {host_port}: the connection was refused. Check that the server or the emulator is running and that the port is right.</source>
        <translation>Tidak dapat terhubung ke {host_port}: koneksi ditolak. Periksa apakah server atau emulator berjalan dan port-nya benar.</translation>
    </message>
    <message>
        <source>Connecting to {host} timed out after {connect:g} s: the server may be down, or a firewall drops the traffic.</source>
        <translation>Menghubungi {host} melewati batas waktu setelah {connect:g} detik: server mungkin mati, atau firewall membuang lalu lintasnya.</translation>
    </message>
    <message>
        <source>The server at {host} did not answer within {read:g} s: try again later, or allow more time.</source>
        <translation>Server di {host} tidak menjawab dalam {read:g} detik: coba lagi nanti, atau beri waktu lebih.</translation>
    </message>
    <message>
        <source>{host} did not answer in HTTP: check the URL&apos;s scheme (http or https) and port.</source>
        <translation>{host} tidak menjawab dalam HTTP: periksa skema URL (http atau https) dan port-nya.</translation>
    </message>
    <message>
        <source>The server at {host} closed the connection without answering: try again.</source>
        <translation>Server di {host} menutup koneksi tanpa menjawab: coba lagi.</translation>
    </message>
    <message>
        <source>The connection to {host} closed before the whole answer arrived: try again.</source>
        <translation>Koneksi ke {host} tertutup sebelum seluruh jawaban tiba: coba lagi.</translation>
    </message>
    <message>
        <source>Could not connect to {host_port}: check your network connection.</source>
        <translation>Tidak dapat terhubung ke {host_port}: periksa koneksi jaringan Anda.</translation>
    </message>
    <message>
        <source>The request to {host} failed in an unexpected way: see the details.</source>
        <translation>Permintaan ke {host} gagal dengan cara yang tak terduga: lihat detailnya.</translation>
    </message>
    <message>
        <source>The request to {host} was cancelled.</source>
        <translation>Permintaan ke {host} dibatalkan.</translation>
    </message>
</context>
<context>
    <name>compare</name>
    <message>
        <source>same</source>
        <translation>sama</translation>
    </message>
    <message>
        <source>same value, other type</source>
        <translation>nilai sama, tipe lain</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>berbeda</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>tidak ada</translation>
    </message>
</context>
<context>
    <name>compare_view</name>
    <message>
        <source>Field</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source> (expected)</source>
        <translation> (sesuai perkiraan)</translation>
    </message>
    <message>
        <source>&amp;Differences only</source>
        <translation>Hanya &amp;perbedaan</translation>
    </message>
    <message>
        <source>Hide the fields on which every format agrees</source>
        <translation>Sembunyikan kolom yang disepakati semua format</translation>
    </message>
    <message>
        <source>&amp;Side by side</source>
        <translation>&amp;Berdampingan</translation>
    </message>
    <message>
        <source>Show the pretty bodies next to each other</source>
        <translation>Tampilkan isi rapi berdampingan</translation>
    </message>
    <message>
        <source>Comparing the formats field by field…</source>
        <translation>Membandingkan format kolom demi kolom…</translation>
    </message>
</context>
<context>
    <name>diagnostic_form</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Konfirmasi</translation>
    </message>
    <message>
        <source>Server time taken</source>
        <translation>Waktu server</translation>
    </message>
    <message>
        <source>Memory used</source>
        <translation>Memori terpakai</translation>
    </message>
    <message>
        <source>Server clock</source>
        <translation>Jam server</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Mata uang</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Kesalahan</translation>
    </message>
    <message>
        <source>diagnostic.status: 200 on success; the docs&apos; failures answer 201, 204 or 209 with error_msgs (201 with statusClass ok is a success)</source>
        <translation>diagnostic.status: 200 jika berhasil; kegagalan di dokumentasi menjawab 201, 204 atau 209 dengan error_msgs (201 dengan statusClass ok adalah keberhasilan)</translation>
    </message>
    <message>
        <source>diagnostic.confirm: &apos;success&apos; when the call succeeded; absent on errors</source>
        <translation>diagnostic.confirm: &apos;success&apos; jika panggilan berhasil; tidak ada saat gagal</translation>
    </message>
    <message>
        <source>diagnostic.elapsetime: seconds the server spent on the call</source>
        <translation>diagnostic.elapsetime: detik yang dipakai server untuk panggilan</translation>
    </message>
    <message>
        <source>diagnostic.memoryusage: memory the server used for the call</source>
        <translation>diagnostic.memoryusage: memori yang dipakai server untuk panggilan</translation>
    </message>
    <message>
        <source>diagnostic.unix_timestamp: the server&apos;s clock, in seconds since 1970</source>
        <translation>diagnostic.unix_timestamp: jam server, dalam detik sejak 1970</translation>
    </message>
    <message>
        <source>diagnostic.lang: the language of texts in the answer (lang=id or en)</source>
        <translation>diagnostic.lang: bahasa teks dalam jawaban (lang=id atau en)</translation>
    </message>
    <message>
        <source>diagnostic.currency: the currency of prices in the answer</source>
        <translation>diagnostic.currency: mata uang harga dalam jawaban</translation>
    </message>
    <message>
        <source>diagnostic.error_msgs: why the API refused the call</source>
        <translation>diagnostic.error_msgs: mengapa API menolak panggilan</translation>
    </message>
    <message>
        <source>Output type</source>
        <translation>Tipe keluaran</translation>
    </message>
    <message>
        <source>output_type: the format the server answered in</source>
        <translation>output_type: format jawaban server</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Sudah login</translation>
    </message>
    <message>
        <source>login_status: whether the token carries a login</source>
        <translation>login_status: apakah token membawa login</translation>
    </message>
    <message>
        <source>&lt;b&gt;Problems found&lt;/b&gt;&lt;ul style=&apos;margin:0&apos;&gt;{items}&lt;/ul&gt;</source>
        <translation>&lt;b&gt;Masalah yang ditemukan&lt;/b&gt;&lt;ul style=&apos;margin:0&apos;&gt;{items}&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>in step with this machine</source>
        <translation>selaras dengan mesin ini</translation>
    </message>
    <message>
        <source>{span} ahead of this machine</source>
        <translation>{span} lebih cepat dari mesin ini</translation>
    </message>
    <message>
        <source>{span} behind this machine</source>
        <translation>{span} lebih lambat dari mesin ini</translation>
    </message>
    <message>
        <source>{time} local</source>
        <translation>{time} lokal</translation>
    </message>
    <message>
        <source>{count} min</source>
        <translation>{count} mnt</translation>
    </message>
    <message>
        <source>{count} h</source>
        <translation>{count} jam</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} hari</translation>
    </message>
</context>
<context>
    <name>diff</name>
    <message>
        <source>added</source>
        <translation>ditambah</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>dihapus</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>diubah</translation>
    </message>
    <message>
        <source>other type</source>
        <translation>tipe lain</translation>
    </message>
</context>
<context>
    <name>diff_controller</name>
    <message>
        <source>There is no answer to compare yet: fetch one first.</source>
        <translation>Belum ada jawaban untuk dibandingkan: ambil dulu.</translation>
    </message>
    <message>
        <source>Looking for the answer before this one…</source>
        <translation>Mencari jawaban sebelum yang ini…</translation>
    </message>
    <message>
        <source>The history has no {title} of this partner before this one: fetch it again later, or compare two entries of the history.</source>
        <translation>Riwayat tidak punya {title} dari mitra ini sebelum yang ini: ambil lagi nanti, atau bandingkan dua entri riwayat.</translation>
    </message>
    <message>
        <source>Compare with a saved answer</source>
        <translation>Bandingkan dengan jawaban tersimpan</translation>
    </message>
    <message>
        <source>Answers (*.json *.xml *.txt *.log);;All files (*)</source>
        <translation>Jawaban (*.json *.xml *.txt *.log);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>The clipboard holds no text to compare with.</source>
        <translation>Papan klip tidak berisi teks untuk dibandingkan.</translation>
    </message>
    <message>
        <source>There is no answer shown to compare with: fetch or open one.</source>
        <translation>Tidak ada jawaban yang ditampilkan untuk dibandingkan: ambil atau buka satu.</translation>
    </message>
    <message>
        <source>{base_url} could not be read, so not compared. {error}</source>
        <translation>{base_url} tidak dapat dibaca, jadi tidak dibandingkan. {error}</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Membandingkan…</translation>
    </message>
    <message>
        <source>One of the two answers could not be read, so they were not compared.</source>
        <translation>Salah satu dari dua jawaban tidak dapat dibaca, jadi keduanya tidak dibandingkan.</translation>
    </message>
    <message>
        <source>Comparing the two answers</source>
        <translation>Membandingkan dua jawaban</translation>
    </message>
    <message>
        <source>Save the differences</source>
        <translation>Simpan perbedaan</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>Tersimpan {path}.</translation>
    </message>
</context>
<context>
    <name>diff_view</name>
    <message>
        <source>Field</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>Set aside what changes on every call</source>
        <translation>Kesampingkan yang berubah setiap panggilan</translation>
    </message>
    <message>
        <source>diagnostic.elapsetime, memoryusage and unix_timestamp, and the token of two answers of one call, are not compared</source>
        <translation>diagnostic.elapsetime, memoryusage dan unix_timestamp, serta token dari dua jawaban satu panggilan, tidak dibandingkan</translation>
    </message>
    <message>
        <source>more fields to set aside, e.g. diagnostic.lang</source>
        <translation>kolom lain yang dikesampingkan, mis. diagnostic.lang</translation>
    </message>
    <message>
        <source>Field paths, separated by commas, that are not compared</source>
        <translation>Jalur kolom, dipisah koma, yang tidak dibandingkan</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Sebelumnya</translation>
    </message>
    <message>
        <source>The difference before (Shift+F8)</source>
        <translation>Perbedaan sebelumnya (Shift+F8)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Berikutnya ▶</translation>
    </message>
    <message>
        <source>The next difference (F8)</source>
        <translation>Perbedaan berikutnya (F8)</translation>
    </message>
    <message>
        <source>&amp;Side by side</source>
        <translation>&amp;Berdampingan</translation>
    </message>
    <message>
        <source>The two pretty bodies next to each other, changed lines marked</source>
        <translation>Dua isi rapi berdampingan, baris yang berubah ditandai</translation>
    </message>
    <message>
        <source>Markdown…</source>
        <translation>Markdown…</translation>
    </message>
    <message>
        <source>Save the differences as a Markdown table</source>
        <translation>Simpan perbedaan sebagai tabel Markdown</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Save the differences as CSV</source>
        <translation>Simpan perbedaan sebagai CSV</translation>
    </message>
</context>
<context>
    <name>emulator_controller</name>
    <message>
        <source>Local emulator running at {base_url}.</source>
        <translation>Emulator lokal berjalan di {base_url}.</translation>
    </message>
</context>
<context>
    <name>environments</name>
    <message>
        <source>Local emulator</source>
        <translation>Emulator lokal</translation>
    </message>
    <message>
        <source>Custom URL</source>
        <translation>URL khusus</translation>
    </message>
    <message>
        <source>Production accepts only HTTPS: use https://api.tiket.com, the secret must not travel unencrypted.</source>
        <translation>Production hanya menerima HTTPS: gunakan https://api.tiket.com, kunci rahasia tidak boleh dikirim tanpa enkripsi.</translation>
    </message>
    <message>
        <source>The base URL is empty: enter one such as https://api.tiket.com.</source>
        <translation>URL dasar kosong: isi satu seperti https://api.tiket.com.</translation>
    </message>
    <message>
        <source>The base URL needs a scheme: try http://{text} or https://{text}.</source>
        <translation>URL dasar butuh skema: coba http://{text} atau https://{text}.</translation>
    </message>
    <message>
        <source>The base URL is not a valid URL: check the host and the port number.</source>
        <translation>URL dasar bukan URL yang sah: periksa host dan nomor port.</translation>
    </message>
    <message>
        <source>The base URL must start with http:// or https://, not {scheme}://.</source>
        <translation>URL dasar harus diawali http:// atau https://, bukan {scheme}://.</translation>
    </message>
    <message>
        <source>The base URL has no host name: add one after the scheme.</source>
        <translation>URL dasar tidak punya nama host: tambahkan setelah skema.</translation>
    </message>
    <message>
        <source>The base URL must not contain a user name or password: they would be sent with every request and stored in history.</source>
        <translation>URL dasar tidak boleh berisi nama pengguna atau kata sandi: keduanya akan dikirim di setiap permintaan dan disimpan di riwayat.</translation>
    </message>
    <message>
        <source>The base URL must not have a query (?...) or fragment (#...): enter only the scheme, host and optional path.</source>
        <translation>URL dasar tidak boleh punya query (?...) atau fragmen (#...): isi hanya skema, host dan jalur opsional.</translation>
    </message>
    <message>
        <source>The base URL contains spaces: remove them.</source>
        <translation>URL dasar berisi spasi: hapus spasinya.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Cannot connect</source>
        <translation>Tidak dapat terhubung</translation>
    </message>
    <message>
        <source>Host not found</source>
        <translation>Host tidak ditemukan</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Waktu habis</translation>
    </message>
    <message>
        <source>TLS failed</source>
        <translation>TLS gagal</translation>
    </message>
    <message>
        <source>Not an HTTP answer</source>
        <translation>Bukan jawaban HTTP</translation>
    </message>
    <message>
        <source>Answer cut short</source>
        <translation>Jawaban terpotong</translation>
    </message>
    <message>
        <source>Answer too large</source>
        <translation>Jawaban terlalu besar</translation>
    </message>
    <message>
        <source>Redirect not followed</source>
        <translation>Pengalihan tidak diikuti</translation>
    </message>
    <message>
        <source>HTTP error</source>
        <translation>Kesalahan HTTP</translation>
    </message>
    <message>
        <source>Blocked by the firewall</source>
        <translation>Diblokir firewall</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
</context>
<context>
    <name>files_controller</name>
    <message>
        <source>Open a saved answer</source>
        <translation>Buka jawaban tersimpan</translation>
    </message>
    <message>
        <source>Answers (*.json *.xml *.txt *.log);;All files (*)</source>
        <translation>Jawaban (*.json *.xml *.txt *.log);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>The clipboard holds no text to read as an answer.</source>
        <translation>Papan klip tidak berisi teks untuk dibaca sebagai jawaban.</translation>
    </message>
    <message>
        <source>the dropped text</source>
        <translation>teks yang dijatuhkan</translation>
    </message>
    <message>
        <source>Nothing to copy.</source>
        <translation>Tidak ada yang disalin.</translation>
    </message>
    <message>
        <source>Copy with the real secret</source>
        <translation>Salin dengan kunci rahasia asli</translation>
    </message>
    <message>
        <source>The copied text will contain your secret key in plain text. Anyone who sees it can get tokens as you. Copy it anyway?</source>
        <translation>Teks yang disalin akan berisi kunci rahasia Anda sebagai teks biasa. Siapa pun yang melihatnya bisa mendapat token atas nama Anda. Tetap salin?</translation>
    </message>
    <message>
        <source>cURL line</source>
        <translation>Baris cURL</translation>
    </message>
    <message>
        <source>Python snippet</source>
        <translation>Cuplikan Python</translation>
    </message>
    <message>
        <source>{what} copied with the real secret: paste it only where it is safe.</source>
        <translation>{what} disalin dengan kunci rahasia asli: tempelkan hanya di tempat yang aman.</translation>
    </message>
    <message>
        <source>{what} copied; it reads the secret from $TIKET_SECRET_KEY.</source>
        <translation>{what} disalin; kunci rahasia dibaca dari $TIKET_SECRET_KEY.</translation>
    </message>
    <message>
        <source>There is no answer to save yet: fetch or open one first.</source>
        <translation>Belum ada jawaban untuk disimpan: ambil atau buka dulu.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>Tersimpan {path}.</translation>
    </message>
</context>
<context>
    <name>formats</name>
    <message>
        <source>The answer is empty: the server sent no body. Try again; if it persists, the server is failing.</source>
        <translation>Jawaban kosong: server tidak mengirim isi. Coba lagi; jika tetap begitu, server sedang bermasalah.</translation>
    </message>
    <message>
        <source>The answer is an HTML page, not {title} (&quot;{body_excerpt}&quot;): a proxy, a login page or maintenance may be in the way.</source>
        <translation>Jawaban berupa halaman HTML, bukan {title} (&quot;{body_excerpt}&quot;): mungkin ada proxy, halaman login, atau pemeliharaan yang menghalangi.</translation>
    </message>
    <message>
        <source>This looks like {found}, not {asked}: it was read as {found}.</source>
        <translation>Ini tampak seperti {found}, bukan {asked}: dibaca sebagai {found}.</translation>
    </message>
    <message>
        <source>The {title} answer is nested too deeply to read (more than {depth} levels).</source>
        <translation>Jawaban {title} bersarang terlalu dalam untuk dibaca (lebih dari {depth} tingkat).</translation>
    </message>
    <message>
        <source>The {title} answer is too large to read in memory.</source>
        <translation>Jawaban {title} terlalu besar untuk dibaca di memori.</translation>
    </message>
    <message>
        <source>The answer starts with a UTF-8 byte order mark (BOM, bytes 0-2); it was skipped.</source>
        <translation>Jawaban diawali penanda urutan byte UTF-8 (BOM, byte 0-2); penanda itu dilewati.</translation>
    </message>
    <message>
        <source>{lines} blank line(s) before the answer (bytes {start}-{end}) were skipped.</source>
        <translation>{lines} baris kosong sebelum jawaban (byte {start}-{end}) dilewati.</translation>
    </message>
    <message>
        <source>A comma was missing at line {lineno}, column {colno}; one was read there.</source>
        <translation>Sebuah koma hilang di baris {lineno}, kolom {colno}; koma dibaca di sana.</translation>
    </message>
    <message>
        <source>Not strict JSON but JavaScript object notation (unquoted keys, single quotes or trailing commas, the first at line {lineno}, column {colno}); it was read as JSON5.</source>
        <translation>Bukan JSON ketat melainkan notasi objek JavaScript (kunci tanpa kutip, kutip tunggal, atau koma di akhir, yang pertama di baris {lineno}, kolom {colno}); dibaca sebagai JSON5.</translation>
    </message>
    <message>
        <source>The JSON answer is not valid UTF-8 at byte {byte}.</source>
        <translation>Jawaban JSON bukan UTF-8 yang sah di byte {byte}.</translation>
    </message>
    <message>
        <source>The JSON answer is not valid at line {lineno}, column {colno}: {msg}.</source>
        <translation>Jawaban JSON tidak sah di baris {lineno}, kolom {colno}: {msg}.</translation>
    </message>
    <message>
        <source>The JSON answer contains {name}, which JSON does not allow.</source>
        <translation>Jawaban JSON berisi {name}, yang tidak diizinkan JSON.</translation>
    </message>
    <message>
        <source>The JSON answer has a number too long to read (over 4,300 digits).</source>
        <translation>Jawaban JSON berisi angka yang terlalu panjang untuk dibaca (lebih dari 4.300 digit).</translation>
    </message>
    <message>
        <source>The JSON answer is nested more than {depth} levels deep.</source>
        <translation>Jawaban JSON bersarang lebih dari {depth} tingkat.</translation>
    </message>
    <message>
        <source>The key {key!r} appears more than once; the last value was kept.</source>
        <translation>Kunci {key!r} muncul lebih dari sekali; nilai terakhir yang dipakai.</translation>
    </message>
    <message>
        <source>Text before the first tag (bytes 0-{end}) was skipped: &quot;{shown}&quot;.</source>
        <translation>Teks sebelum tag pertama (byte 0-{end}) dilewati: &quot;{shown}&quot;.</translation>
    </message>
    <message>
        <source>{count} raw &amp; that start no entity were read as text (at byte {where}).</source>
        <translation>{count} &amp; mentah yang tidak memulai entitas dibaca sebagai teks (di byte {where}).</translation>
    </message>
    <message>
        <source>The XML has several top-level elements and no single root; they were read side by side.</source>
        <translation>XML punya beberapa elemen tingkat atas tanpa satu akar; elemen-elemen itu dibaca berdampingan.</translation>
    </message>
    <message>
        <source>The XML answer declares entities, which are refused.</source>
        <translation>Jawaban XML mendeklarasikan entitas, yang ditolak.</translation>
    </message>
    <message>
        <source>The XML root is &lt;{root}&gt;, not &lt;tiket&gt;.</source>
        <translation>Akar XML adalah &lt;{root}&gt;, bukan &lt;tiket&gt;.</translation>
    </message>
    <message>
        <source>The XML answer is nested more than {depth} levels deep.</source>
        <translation>Jawaban XML bersarang lebih dari {depth} tingkat.</translation>
    </message>
    <message>
        <source>The XML answer declares a DTD or entities, which are refused for safety.</source>
        <translation>Jawaban XML mendeklarasikan DTD atau entitas, yang ditolak demi keamanan.</translation>
    </message>
    <message>
        <source>The XML answer is not well-formed at line {lineno}, column {column}: {messages}.</source>
        <translation>Jawaban XML tidak tersusun baik di baris {lineno}, kolom {column}: {messages}.</translation>
    </message>
    <message>
        <source>Strict reading failed: {message}</source>
        <translation>Pembacaan ketat gagal: {message}</translation>
    </message>
</context>
<context>
    <name>help_dialogs</name>
    <message>
        <source>Fetch</source>
        <translation>Ambil</translation>
    </message>
    <message>
        <source>Cancel the fetch in progress</source>
        <translation>Batalkan pengambilan yang berjalan</translation>
    </message>
    <message>
        <source>Copy the token</source>
        <translation>Salin token</translation>
    </message>
    <message>
        <source>Check the token with List Language</source>
        <translation>Periksa token dengan List Language</translation>
    </message>
    <message>
        <source>Copy the request as cURL (secret from $TIKET_SECRET_KEY)</source>
        <translation>Salin permintaan sebagai cURL (kunci rahasia dari $TIKET_SECRET_KEY)</translation>
    </message>
    <message>
        <source>Find in the answer</source>
        <translation>Cari di jawaban</translation>
    </message>
    <message>
        <source>Open a saved answer</source>
        <translation>Buka jawaban tersimpan</translation>
    </message>
    <message>
        <source>Read the answer on the clipboard</source>
        <translation>Baca jawaban di papan klip</translation>
    </message>
    <message>
        <source>Switch to a profile</source>
        <translation>Pindah ke sebuah profil</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>
&lt;h3&gt;The getToken call&lt;/h3&gt;
&lt;p&gt;&lt;code&gt;GET /apiv1/payexpress?method=getToken&amp;amp;secretkey=…&amp;amp;output=json&lt;/code&gt; returns a
token that every other call of the partner API takes instead of the secret key. The token stays
active until checkout payment.&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;User-Agent&lt;/b&gt; must be &lt;code&gt;twh:ID;NAME;&lt;/code&gt; (partner ID and name, trailing
semicolon included): requests without it are blocked by the firewall with a 403 page.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;secretkey&lt;/b&gt;: the key tiket.com gave you, at most 128 characters. Only getToken
takes it.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;output&lt;/b&gt;: &lt;code&gt;array&lt;/code&gt; (the default, PHP print_r text), &lt;code&gt;xml&lt;/code&gt;,
&lt;code&gt;json&lt;/code&gt; or &lt;code&gt;serialize&lt;/code&gt; (PHP serialize).&lt;/li&gt;
&lt;li&gt;&lt;b&gt;token&lt;/b&gt;: Renew Token: send an expired token to keep the login information; the answer
carries a new one.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;lang&lt;/b&gt;: &lt;code&gt;id&lt;/code&gt; or &lt;code&gt;en&lt;/code&gt;, the language of texts in the answer.&lt;/li&gt;
&lt;/ul&gt;
&lt;h3&gt;The General API&apos;s lists&lt;/h3&gt;
&lt;p&gt;Every other call takes the &lt;b&gt;token&lt;/b&gt; getToken gave (never the secret key) and the same
&lt;code&gt;output&lt;/code&gt; and &lt;code&gt;lang&lt;/code&gt;: List Currencies
(&lt;code&gt;/general_api/listCurrency&lt;/code&gt;, records under &lt;code&gt;result&lt;/code&gt;), List Language
(&lt;code&gt;/general_api/listLanguage&lt;/code&gt;, &lt;code&gt;result&lt;/code&gt;), List Country
(&lt;code&gt;/general_api/listCountry&lt;/code&gt;, &lt;code&gt;listCountry&lt;/code&gt;; most names end in a space,
shown as ␣) and Get Transaction Policies (&lt;code&gt;/general_api/getPolicies&lt;/code&gt;,
&lt;code&gt;policies&lt;/code&gt;: a payment channel each, with the texts to show before and after
checkout; &lt;code&gt;lang&lt;/code&gt; defaults to &lt;code&gt;id&lt;/code&gt;). Choose the call in &lt;b&gt;What&lt;/b&gt;: the
token is the last one received for the environment and partner. &lt;b&gt;Check&lt;/b&gt; beside the token
sends it to List Language; a refused token can be replaced, new or renewed, in one click.&lt;/p&gt;
&lt;h3&gt;The diagnostic block&lt;/h3&gt;
&lt;table cellpadding=&quot;3&quot;&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;status&lt;/b&gt;&lt;/td&gt;&lt;td&gt;200 on success. The docs&apos; failures answer 201, 204 or 209 (an
order expired, a duplicate order) with &lt;b&gt;error_msgs&lt;/b&gt; saying why; a 201 that carries
&lt;code&gt;statusClass: &quot;ok&quot;&lt;/code&gt; is a success. The docs show no failed getToken answer, so its
own codes are not known.&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;confirm&lt;/b&gt;&lt;/td&gt;&lt;td&gt;&lt;code&gt;success&lt;/code&gt; when the call succeeded; absent on
errors.&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;elapsetime&lt;/b&gt;&lt;/td&gt;&lt;td&gt;seconds the server spent, as text.&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;memoryusage&lt;/b&gt;&lt;/td&gt;&lt;td&gt;memory the server used, as text such as
&lt;code&gt;4.48MB&lt;/code&gt;.&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;unix_timestamp&lt;/b&gt;&lt;/td&gt;&lt;td&gt;the server&apos;s clock in seconds since 1970; the form shows
it in UTC and local time and how far it is from this machine&apos;s clock.&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;lang&lt;/b&gt;, &lt;b&gt;currency&lt;/b&gt;&lt;/td&gt;&lt;td&gt;the language and currency of the answer.&lt;/td&gt;&lt;/tr&gt;
&lt;/table&gt;
&lt;p&gt;After the block: &lt;b&gt;output_type&lt;/b&gt; (the format answered), &lt;b&gt;login_status&lt;/b&gt; (the text
&lt;code&gt;&quot;false&quot;&lt;/code&gt; or &lt;code&gt;&quot;true&quot;&lt;/code&gt;) and &lt;b&gt;token&lt;/b&gt; (40 hex characters in every
sample).&lt;/p&gt;
&lt;h3&gt;Types differ by format&lt;/h3&gt;
&lt;p&gt;JSON has status and unix_timestamp as numbers but elapsetime and login_status as strings;
XML and print_r carry text only; serialize has &lt;code&gt;i:&lt;/code&gt; integers and &lt;code&gt;s:&lt;/code&gt;
strings. The Compare tab marks these as &lt;i&gt;same value, other type&lt;/i&gt;.&lt;/p&gt;
&lt;h3&gt;Hosts&lt;/h3&gt;
&lt;p&gt;Sandbox: &lt;code&gt;api-sandbox.tiket.com&lt;/code&gt;, over http:// as the docs give it (their FAQ
says its HTTPS certificate fails). Production: &lt;code&gt;api.tiket.com&lt;/code&gt;, HTTPS only. The data
differs between them.&lt;/p&gt;
</source>
        <translation>
&lt;h3&gt;Panggilan getToken&lt;/h3&gt;
&lt;p&gt;&lt;code&gt;GET /apiv1/payexpress?method=getToken&amp;amp;secretkey=…&amp;amp;output=json&lt;/code&gt; mengembalikan
token yang dipakai setiap panggilan lain API mitra sebagai pengganti kunci rahasia. Token tetap
aktif sampai pembayaran checkout.&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;User-Agent&lt;/b&gt; harus &lt;code&gt;twh:ID;NAME;&lt;/code&gt; (ID dan nama mitra, termasuk titik koma
di akhir): permintaan tanpanya diblokir firewall dengan halaman 403.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;secretkey&lt;/b&gt;: kunci yang diberikan tiket.com, paling banyak 128 karakter. Hanya getToken
yang memakainya.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;output&lt;/b&gt;: &lt;code&gt;array&lt;/code&gt; (bawaan, teks print_r PHP), &lt;code&gt;xml&lt;/code&gt;,
&lt;code&gt;json&lt;/code&gt; atau &lt;code&gt;serialize&lt;/code&gt; (serialize PHP).&lt;/li&gt;
&lt;li&gt;&lt;b&gt;token&lt;/b&gt;: Renew Token: kirim token yang kedaluwarsa agar informasi login tetap; jawabannya
membawa token baru.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;lang&lt;/b&gt;: &lt;code&gt;id&lt;/code&gt; atau &lt;code&gt;en&lt;/code&gt;, bahasa teks dalam jawaban.&lt;/li&gt;
&lt;/ul&gt;
&lt;h3&gt;Daftar-daftar General API&lt;/h3&gt;
&lt;p&gt;Setiap panggilan lain memakai &lt;b&gt;token&lt;/b&gt; dari getToken (tidak pernah kunci rahasia) serta
&lt;code&gt;output&lt;/code&gt; dan &lt;code&gt;lang&lt;/code&gt; yang sama: List Currencies
(&lt;code&gt;/general_api/listCurrency&lt;/code&gt;, entri di bawah &lt;code&gt;result&lt;/code&gt;), List Language
(&lt;code&gt;/general_api/listLanguage&lt;/code&gt;, &lt;code&gt;result&lt;/code&gt;), List Country
(&lt;code&gt;/general_api/listCountry&lt;/code&gt;, &lt;code&gt;listCountry&lt;/code&gt;; kebanyakan nama diakhiri spasi,
ditampilkan sebagai ␣) dan Get Transaction Policies (&lt;code&gt;/general_api/getPolicies&lt;/code&gt;,
&lt;code&gt;policies&lt;/code&gt;: satu per kanal pembayaran, dengan teks yang ditampilkan sebelum dan sesudah
checkout; &lt;code&gt;lang&lt;/code&gt; bawaannya &lt;code&gt;id&lt;/code&gt;). Pilih panggilan di &lt;b&gt;Apa&lt;/b&gt;: tokennya
adalah token terakhir yang diterima untuk lingkungan dan mitra itu. &lt;b&gt;Periksa&lt;/b&gt; di samping token
mengirimnya ke List Language; token yang ditolak dapat diganti, baru atau diperbarui, dengan satu klik.&lt;/p&gt;
&lt;h3&gt;Blok diagnostic&lt;/h3&gt;
&lt;table cellpadding=&quot;3&quot;&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;status&lt;/b&gt;&lt;/td&gt;&lt;td&gt;200 jika berhasil. Kegagalan di dokumentasi menjawab 201, 204 atau
209 (pesanan kedaluwarsa, pesanan ganda) dengan &lt;b&gt;error_msgs&lt;/b&gt; yang menjelaskan sebabnya; 201
yang membawa &lt;code&gt;statusClass: &quot;ok&quot;&lt;/code&gt; adalah keberhasilan. Dokumentasi tidak menunjukkan
jawaban getToken yang gagal, jadi kodenya sendiri tidak diketahui.&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;confirm&lt;/b&gt;&lt;/td&gt;&lt;td&gt;&lt;code&gt;success&lt;/code&gt; jika panggilan berhasil; tidak ada saat
gagal.&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;elapsetime&lt;/b&gt;&lt;/td&gt;&lt;td&gt;detik yang dipakai server, sebagai teks.&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;memoryusage&lt;/b&gt;&lt;/td&gt;&lt;td&gt;memori yang dipakai server, sebagai teks seperti
&lt;code&gt;4.48MB&lt;/code&gt;.&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;unix_timestamp&lt;/b&gt;&lt;/td&gt;&lt;td&gt;jam server dalam detik sejak 1970; formulir menampilkannya
dalam UTC dan waktu lokal serta selisihnya dari jam mesin ini.&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;lang&lt;/b&gt;, &lt;b&gt;currency&lt;/b&gt;&lt;/td&gt;&lt;td&gt;bahasa dan mata uang jawaban.&lt;/td&gt;&lt;/tr&gt;
&lt;/table&gt;
&lt;p&gt;Setelah blok itu: &lt;b&gt;output_type&lt;/b&gt; (format jawaban), &lt;b&gt;login_status&lt;/b&gt; (teks
&lt;code&gt;&quot;false&quot;&lt;/code&gt; atau &lt;code&gt;&quot;true&quot;&lt;/code&gt;) dan &lt;b&gt;token&lt;/b&gt; (40 karakter heksadesimal di setiap
contoh).&lt;/p&gt;
&lt;h3&gt;Tipe berbeda per format&lt;/h3&gt;
&lt;p&gt;JSON memuat status dan unix_timestamp sebagai angka tetapi elapsetime dan login_status sebagai
string; XML dan print_r hanya membawa teks; serialize punya bilangan bulat &lt;code&gt;i:&lt;/code&gt; dan
string &lt;code&gt;s:&lt;/code&gt;. Tab Bandingkan menandainya sebagai &lt;i&gt;nilai sama, tipe lain&lt;/i&gt;.&lt;/p&gt;
&lt;h3&gt;Host&lt;/h3&gt;
&lt;p&gt;Sandbox: &lt;code&gt;api-sandbox.tiket.com&lt;/code&gt;, lewat http:// seperti di dokumentasi (FAQ-nya
menyebut sertifikat HTTPS-nya gagal). Production: &lt;code&gt;api.tiket.com&lt;/code&gt;, hanya HTTPS. Datanya
berbeda di antara keduanya.&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>About tiket-gui</source>
        <translation>Tentang tiket-gui</translation>
    </message>
    <message>
        <source>&lt;h2&gt;tiket-gui {version}&lt;/h2&gt;A workbench for the tiket.com General API: the token and the calls that take it.&lt;br&gt;Qt {qt_version} · PySide6 {pyside_version} · Python {python_version}&lt;br&gt;MIT licence</source>
        <translation>&lt;h2&gt;tiket-gui {version}&lt;/h2&gt;Meja kerja untuk General API tiket.com: token dan panggilan yang memakainya.&lt;br&gt;Qt {qt_version} · PySide6 {pyside_version} · Python {python_version}&lt;br&gt;Lisensi MIT</translation>
    </message>
    <message>
        <source>Open the {folder} folder in the file manager</source>
        <translation>Buka folder {folder} di pengelola berkas</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>tiket-gui help</source>
        <translation>Bantuan tiket-gui</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Pintasan</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>The history file was damaged and was moved to {name}; a new history has been started.</source>
        <translation>Berkas riwayat rusak dan dipindahkan ke {name}; riwayat baru telah dimulai.</translation>
    </message>
    <message>
        <source>History kept only the first {kept} MB of this {size} MB answer, so it is shown but not read again.</source>
        <translation>Riwayat hanya menyimpan {kept} MB pertama dari jawaban {size} MB ini, jadi jawaban ditampilkan tetapi tidak dibaca ulang.</translation>
    </message>
</context>
<context>
    <name>history_controller</name>
    <message>
        <source>Request filled from the history: check the secret and press Fetch.</source>
        <translation>Permintaan diisi dari riwayat: periksa kunci rahasia lalu tekan Ambil.</translation>
    </message>
    <message>
        <source>History entry deleted.</source>
        <translation>Entri riwayat dihapus.</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>Kosongkan riwayat</translation>
    </message>
    <message>
        <source>Delete every entry of the history? This cannot be undone.</source>
        <translation>Hapus setiap entri riwayat? Ini tidak dapat dibatalkan.</translation>
    </message>
    <message>
        <source>History cleared.</source>
        <translation>Riwayat dikosongkan.</translation>
    </message>
    <message>
        <source>Fetches are recorded in the history.</source>
        <translation>Pengambilan dicatat di riwayat.</translation>
    </message>
    <message>
        <source>Fetches are no longer recorded; the history so far is kept until you clear it.</source>
        <translation>Pengambilan tidak lagi dicatat; riwayat sejauh ini disimpan sampai Anda mengosongkannya.</translation>
    </message>
    <message>
        <source>History retention</source>
        <translation>Retensi riwayat</translation>
    </message>
    <message>
        <source>Keep at most this many entries (0: no limit):</source>
        <translation>Simpan paling banyak sejumlah entri ini (0: tanpa batas):</translation>
    </message>
    <message>
        <source>Delete entries older than this many days (0: never):</source>
        <translation>Hapus entri yang lebih lama dari sejumlah hari ini (0: tidak pernah):</translation>
    </message>
    <message>
        <source>{count} old entry</source>
        <translation>{count} entri lama</translation>
    </message>
    <message>
        <source>{count} old entries</source>
        <translation>{count} entri lama</translation>
    </message>
    <message>
        <source>Retention set; {entries} removed.</source>
        <translation>Retensi diatur; {entries} dihapus.</translation>
    </message>
</context>
<context>
    <name>history_view</name>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Panggilan</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Lingkungan</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Mitra</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durasi</translation>
    </message>
    <message>
        <source>Search partner, token, URL, message</source>
        <translation>Cari mitra, token, URL, pesan</translation>
    </message>
    <message>
        <source>All environments</source>
        <translation>Semua lingkungan</translation>
    </message>
    <message>
        <source>Show the entries of one call</source>
        <translation>Tampilkan entri satu panggilan</translation>
    </message>
    <message>
        <source>All calls</source>
        <translation>Semua panggilan</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Semua hasil</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Bandingkan</translation>
    </message>
    <message>
        <source>Compare the two entries selected (Ctrl+click the second)</source>
        <translation>Bandingkan dua entri yang dipilih (Ctrl+klik yang kedua)</translation>
    </message>
    <message>
        <source>Re-run</source>
        <translation>Jalankan ulang</translation>
    </message>
    <message>
        <source>Fill the request from the selected entry</source>
        <translation>Isi permintaan dari entri yang dipilih</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Clear all…</source>
        <translation>Kosongkan semua…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Keep history, and for how long</source>
        <translation>Simpan riwayat, dan berapa lama</translation>
    </message>
    <message>
        <source>Keep a history of fetches</source>
        <translation>Simpan riwayat pengambilan</translation>
    </message>
    <message>
        <source>Retention…</source>
        <translation>Retensi…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>Fold the history to this line, or unfold it</source>
        <translation>Lipat riwayat menjadi baris ini, atau buka lipatannya</translation>
    </message>
    <message>
        <source>History ({count})</source>
        <translation>Riwayat ({count})</translation>
    </message>
</context>
<context>
    <name>language_menu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Sistem</translation>
    </message>
    <message>
        <source>Language kept in the settings.</source>
        <translation>Bahasa disimpan di pengaturan.</translation>
    </message>
    <message>
        <source>{language} is used from the next start.</source>
        <translation>{language} dipakai mulai saat berikutnya dibuka.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>{language} takes effect when tiket-gui starts again. Restart now? The request and the history are kept; the secret key must be typed again unless it is in the keychain.</source>
        <translation>{language} berlaku saat tiket-gui dibuka lagi. Mulai ulang sekarang? Permintaan dan riwayat tetap ada; kunci rahasia harus diketik lagi kecuali tersimpan di keychain.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Mulai ulang sekarang</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Nanti</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>Fetching… {seconds} s</source>
        <translation>Mengambil… {seconds} dtk</translation>
    </message>
    <message>
        <source>Compare with another environment</source>
        <translation>Bandingkan dengan lingkungan lain</translation>
    </message>
    <message>
        <source>Fetch {title} here and in:</source>
        <translation>Ambil {title} di sini dan di:</translation>
    </message>
    <message>
        <source>There is no token for {label} yet: make a Get Token there first.</source>
        <translation>Belum ada token untuk {label}: lakukan Get Token di sana dulu.</translation>
    </message>
    <message>
        <source>Differences ({count})</source>
        <translation>Perbedaan ({count})</translation>
    </message>
    <message>
        <source>Same answer</source>
        <translation>Jawaban sama</translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Open response…</source>
        <translation>&amp;Buka jawaban…</translation>
    </message>
    <message>
        <source>&amp;Paste response</source>
        <translation>&amp;Tempel jawaban</translation>
    </message>
    <message>
        <source>Compare &amp;with a saved answer…</source>
        <translation>Bandingkan &amp;dengan jawaban tersimpan…</translation>
    </message>
    <message>
        <source>Compare with the clip&amp;board</source>
        <translation>Bandingkan dengan papan &amp;klip</translation>
    </message>
    <message>
        <source>Save report as &amp;Markdown…</source>
        <translation>Simpan laporan sebagai &amp;Markdown…</translation>
    </message>
    <message>
        <source>Save report as &amp;HTML…</source>
        <translation>Simpan laporan sebagai &amp;HTML…</translation>
    </message>
    <message>
        <source>Save compare table as &amp;CSV…</source>
        <translation>Simpan tabel perbandingan sebagai &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Permintaan</translation>
    </message>
    <message>
        <source>&amp;Fetch</source>
        <translation>&amp;Ambil</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Batal</translation>
    </message>
    <message>
        <source>&amp;Renew token</source>
        <translation>&amp;Perbarui token</translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation>Salin token</translation>
    </message>
    <message>
        <source>C&amp;heck token</source>
        <translation>&amp;Periksa token</translation>
    </message>
    <message>
        <source>Compare with &amp;previous</source>
        <translation>Bandingkan dengan &amp;sebelumnya</translation>
    </message>
    <message>
        <source>Compare with another &amp;environment…</source>
        <translation>Bandingkan dengan &amp;lingkungan lain…</translation>
    </message>
    <message>
        <source>Copy as c&amp;URL</source>
        <translation>Salin sebagai c&amp;URL</translation>
    </message>
    <message>
        <source>Copy as &amp;Python</source>
        <translation>Salin sebagai P&amp;ython</translation>
    </message>
    <message>
        <source>Copy as cURL with the real secret…</source>
        <translation>Salin sebagai cURL dengan kunci rahasia asli…</translation>
    </message>
    <message>
        <source>Copy as Python with the real secret…</source>
        <translation>Salin sebagai Python dengan kunci rahasia asli…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>Fold the &amp;history</source>
        <translation>Lipat &amp;riwayat</translation>
    </message>
    <message>
        <source>&amp;Find in answer</source>
        <translation>&amp;Cari di jawaban</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ban&amp;tuan</translation>
    </message>
    <message>
        <source>&amp;Help and shortcuts</source>
        <translation>&amp;Bantuan dan pintasan</translation>
    </message>
    <message>
        <source>&amp;Docs samples</source>
        <translation>Contoh &amp;dokumentasi</translation>
    </message>
    <message>
        <source>&amp;About tiket-gui</source>
        <translation>&amp;Tentang tiket-gui</translation>
    </message>
</context>
<context>
    <name>outcome</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>API error</source>
        <translation>Kesalahan API</translation>
    </message>
    <message>
        <source>HTTP error</source>
        <translation>Kesalahan HTTP</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Kesalahan jaringan</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Tak terbaca</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Opened answer</source>
        <translation>Jawaban dibuka</translation>
    </message>
</context>
<context>
    <name>php</name>
    <message>
        <source>an object (O:)</source>
        <translation>sebuah objek (O:)</translation>
    </message>
    <message>
        <source>an object (o:)</source>
        <translation>sebuah objek (o:)</translation>
    </message>
    <message>
        <source>a custom-serialized object (C:)</source>
        <translation>sebuah objek berserialisasi khusus (C:)</translation>
    </message>
    <message>
        <source>a reference (r:)</source>
        <translation>sebuah referensi (r:)</translation>
    </message>
    <message>
        <source>a reference (R:)</source>
        <translation>sebuah referensi (R:)</translation>
    </message>
    <message>
        <source>an escaped string (S:)</source>
        <translation>sebuah string ber-escape (S:)</translation>
    </message>
    <message>
        <source>an enum (E:)</source>
        <translation>sebuah enum (E:)</translation>
    </message>
    <message>
        <source>{count} curly quote(s) {quote} read as plain double quotes (the first at byte {first}).</source>
        <translation>{count} tanda kutip lengkung {quote} dibaca sebagai kutip ganda biasa (yang pertama di byte {first}).</translation>
    </message>
    <message>
        <source>The answer starts {start!r} without the `a` of an array (byte {pos}); it was read as an array.</source>
        <translation>Jawaban diawali {start!r} tanpa `a` sebuah array (byte {pos}); dibaca sebagai array.</translation>
    </message>
    <message>
        <source>The serialized answer has {count} unexpected byte(s) after its end, at byte {pos}: it may be two answers joined, or damaged.</source>
        <translation>Jawaban serialize punya {count} byte tak terduga setelah akhirnya, di byte {pos}: mungkin dua jawaban tergabung, atau rusak.</translation>
    </message>
    <message>
        <source>White space after the serialized value was ignored.</source>
        <translation>Spasi setelah nilai serialize diabaikan.</translation>
    </message>
    <message>
        <source>The serialized answer is not valid at byte {at}: {what}.</source>
        <translation>Jawaban serialize tidak sah di byte {at}: {what}.</translation>
    </message>
    <message>
        <source>Spaces or line breaks between tokens were skipped (the first at byte {start}).</source>
        <translation>Spasi atau baris baru di antara token dilewati (yang pertama di byte {start}).</translation>
    </message>
    <message>
        <source>the end of the answer</source>
        <translation>akhir jawaban</translation>
    </message>
    <message>
        <source>expected {what}</source>
        <translation>diharapkan {what}</translation>
    </message>
    <message>
        <source>values are nested more than {depth} levels deep</source>
        <translation>nilai bersarang lebih dari {depth} tingkat</translation>
    </message>
    <message>
        <source>the answer ends where a value should start</source>
        <translation>jawaban berakhir di tempat sebuah nilai seharusnya dimulai</translation>
    </message>
    <message>
        <source>{kind} is refused: the API sends only plain values</source>
        <translation>{kind} ditolak: API hanya mengirim nilai biasa</translation>
    </message>
    <message>
        <source>0 or 1 after b:</source>
        <translation>0 atau 1 setelah b:</translation>
    </message>
    <message>
        <source>a whole number after i:</source>
        <translation>bilangan bulat setelah i:</translation>
    </message>
    <message>
        <source>a number after d:</source>
        <translation>angka setelah d:</translation>
    </message>
    <message>
        <source>unknown value type {kind!r}</source>
        <translation>tipe nilai {kind!r} tidak dikenal</translation>
    </message>
    <message>
        <source>a length after s:</source>
        <translation>panjang setelah s:</translation>
    </message>
    <message>
        <source>negative string length {declared}</source>
        <translation>panjang string negatif {declared}</translation>
    </message>
    <message>
        <source>a string declares {declared} bytes but only {remaining} remain</source>
        <translation>sebuah string menyatakan {declared} byte tetapi hanya tersisa {remaining}</translation>
    </message>
    <message>
        <source>a string&apos;s declared length {declared} does not match its bytes</source>
        <translation>panjang string yang dinyatakan {declared} tidak cocok dengan byte-nya</translation>
    </message>
    <message>
        <source>a string has no closing quote</source>
        <translation>sebuah string tidak punya kutip penutup</translation>
    </message>
    <message>
        <source>Byte {start}: string declared {declared} bytes, found {found}.</source>
        <translation>Byte {start}: string menyatakan {declared} byte, ditemukan {found}.</translation>
    </message>
    <message>
        <source>Byte {start}: a string is not valid UTF-8; shown with replacement characters.</source>
        <translation>Byte {start}: sebuah string bukan UTF-8 yang sah; ditampilkan dengan karakter pengganti.</translation>
    </message>
    <message>
        <source>a count after a:</source>
        <translation>jumlah setelah a:</translation>
    </message>
    <message>
        <source>negative array count {declared}</source>
        <translation>jumlah array negatif {declared}</translation>
    </message>
    <message>
        <source>an array declares {declared} entries, more than the bytes hold</source>
        <translation>sebuah array menyatakan {declared} entri, lebih dari yang dimuat byte-nya</translation>
    </message>
    <message>
        <source>an array has more than the {declared} entries it declares</source>
        <translation>sebuah array punya lebih dari {declared} entri yang dinyatakannya</translation>
    </message>
    <message>
        <source>an array key must be a whole number or a string</source>
        <translation>kunci array harus bilangan bulat atau string</translation>
    </message>
    <message>
        <source>Byte {start}: array declared {declared} entries, found {found}.</source>
        <translation>Byte {start}: array menyatakan {declared} entri, ditemukan {found}.</translation>
    </message>
    <message>
        <source>The text is not valid UTF-8; shown with replacement characters.</source>
        <translation>Teks bukan UTF-8 yang sah; ditampilkan dengan karakter pengganti.</translation>
    </message>
    <message>
        <source>The print_r text does not start with &apos;Array&apos;: it may be in another format.</source>
        <translation>Teks print_r tidak diawali &apos;Array&apos;: mungkin dalam format lain.</translation>
    </message>
    <message>
        <source>The print_r text goes on after its closing parenthesis, at line {line}.</source>
        <translation>Teks print_r berlanjut setelah tanda kurung penutupnya, di baris {line}.</translation>
    </message>
    <message>
        <source>The print_r text nests more than {depth} levels deep.</source>
        <translation>Teks print_r bersarang lebih dari {depth} tingkat.</translation>
    </message>
    <message>
        <source>The print_r text has an unexpected line {line}: {text!r}.</source>
        <translation>Teks print_r punya baris tak terduga {line}: {text!r}.</translation>
    </message>
    <message>
        <source>The print_r text ends before its closing parenthesis: the answer was cut short.</source>
        <translation>Teks print_r berakhir sebelum tanda kurung penutupnya: jawaban terpotong.</translation>
    </message>
</context>
<context>
    <name>profiles</name>
    <message>
        <source>A profile in the file has no name.</source>
        <translation>Sebuah profil dalam berkas tidak punya nama.</translation>
    </message>
    <message>
        <source>Profile {name!r} has a wrong value for {field}.</source>
        <translation>Profil {name!r} punya nilai yang salah untuk {field}.</translation>
    </message>
    <message>
        <source>Profile {name!r} names an unknown environment.</source>
        <translation>Profil {name!r} menyebut lingkungan yang tidak dikenal.</translation>
    </message>
    <message>
        <source>The file is not JSON: choose a profiles export.</source>
        <translation>Berkas ini bukan JSON: pilih ekspor profil.</translation>
    </message>
    <message>
        <source>The file is not a tiket-gui profiles export.</source>
        <translation>Berkas ini bukan ekspor profil tiket-gui.</translation>
    </message>
    <message>
        <source>The file has no list of profiles.</source>
        <translation>Berkas ini tidak punya daftar profil.</translation>
    </message>
    <message>
        <source>Looking for the system keychain…</source>
        <translation>Mencari keychain sistem…</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>P&amp;rofil</translation>
    </message>
    <message>
        <source>&amp;Save current as…</source>
        <translation>&amp;Simpan yang sekarang sebagai…</translation>
    </message>
    <message>
        <source>No profiles yet</source>
        <translation>Belum ada profil</translation>
    </message>
    <message>
        <source>Profile {name!r} in use.</source>
        <translation>Profil {name!r} dipakai.</translation>
    </message>
    <message>
        <source>Secret for {name!r} taken from the system keychain.</source>
        <translation>Kunci rahasia untuk {name!r} diambil dari keychain sistem.</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Simpan profil</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>Nama profil:</translation>
    </message>
    <message>
        <source>Profile {name!r} saved (without the secret).</source>
        <translation>Profil {name!r} disimpan (tanpa kunci rahasia).</translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation>Ganti nama profil</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nama baru:</translation>
    </message>
    <message>
        <source>Profile {old!r} is now {name!r}.</source>
        <translation>Profil {old!r} sekarang bernama {name!r}.</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Hapus profil</translation>
    </message>
    <message>
        <source>Delete the profile {name!r}?</source>
        <translation>Hapus profil {name!r}?</translation>
    </message>
    <message>
        <source>Profile {name!r} deleted.</source>
        <translation>Profil {name!r} dihapus.</translation>
    </message>
    <message>
        <source>Import profiles</source>
        <translation>Impor profil</translation>
    </message>
    <message>
        <source>Profiles (*.json);;All files (*)</source>
        <translation>Profil (*.json);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Check the file.</source>
        <translation>Periksa berkasnya.</translation>
    </message>
    <message>
        <source>Imported {profiles} from {name}.</source>
        <translation>{profiles} diimpor dari {name}.</translation>
    </message>
    <message>
        <source>Export profiles</source>
        <translation>Ekspor profil</translation>
    </message>
    <message>
        <source>Profiles (*.json)</source>
        <translation>Profil (*.json)</translation>
    </message>
    <message>
        <source>Exported {profiles} to {path} (no secrets).</source>
        <translation>{profiles} diekspor ke {path} (tanpa kunci rahasia).</translation>
    </message>
    <message>
        <source>Save a profile first (Profiles menu): the secret is remembered per profile, in the system keychain.</source>
        <translation>Simpan profil dulu (menu Profil): kunci rahasia diingat per profil, di keychain sistem.</translation>
    </message>
    <message>
        <source>Keep the secret of {name!r} in the system keychain ({keychain}), never in a file.</source>
        <translation>Simpan kunci rahasia {name!r} di keychain sistem ({keychain}), tidak pernah di berkas.</translation>
    </message>
    <message>
        <source>Secret of {name!r} kept in the keychain.</source>
        <translation>Kunci rahasia {name!r} disimpan di keychain.</translation>
    </message>
    <message>
        <source>{count} profile</source>
        <translation>{count} profil</translation>
    </message>
    <message>
        <source>{count} profiles</source>
        <translation>{count} profil</translation>
    </message>
</context>
<context>
    <name>records_view</name>
    <message>
        <source>{text}
(spaces at its ends shown as ␣)</source>
        <translation>{text}
(spasi di ujungnya ditampilkan sebagai ␣)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>Copy whole &amp;rows</source>
        <translation>Salin seluruh &amp;baris</translation>
    </message>
    <message>
        <source>Filter the records as you type</source>
        <translation>Saring entri sambil mengetik</translation>
    </message>
    <message>
        <source>Shows the records with this text in any field</source>
        <translation>Menampilkan entri yang memuat teks ini di kolom mana pun</translation>
    </message>
    <message>
        <source>{shown} of {records}</source>
        <translation>{shown} dari {records}</translation>
    </message>
</context>
<context>
    <name>request</name>
    <message>
        <source>The base URL is empty: choose an environment.</source>
        <translation>URL dasar kosong: pilih lingkungan.</translation>
    </message>
    <message>
        <source>Partner ID</source>
        <translation>ID mitra</translation>
    </message>
    <message>
        <source>Partner name</source>
        <translation>Nama mitra</translation>
    </message>
    <message>
        <source>Token to renew</source>
        <translation>Token yang diperbarui</translation>
    </message>
    <message>
        <source>Language must be one of {languages}, or left empty.</source>
        <translation>Bahasa harus salah satu dari {languages}, atau dikosongkan.</translation>
    </message>
    <message>
        <source>one request each</source>
        <translation>satu permintaan masing-masing</translation>
    </message>
    <message>
        <source>Secret key is empty: paste the key tiket.com gave you.</source>
        <translation>Kunci rahasia kosong: tempelkan kunci yang diberikan tiket.com.</translation>
    </message>
    <message>
        <source>Secret key is {length} characters long; the API takes at most {SECRET_MAX_LENGTH}. Check that you pasted only the key.</source>
        <translation>Kunci rahasia panjangnya {length} karakter; API menerima paling banyak {SECRET_MAX_LENGTH}. Periksa bahwa Anda hanya menempelkan kuncinya.</translation>
    </message>
    <message>
        <source>{label} is empty: get one with Get Token first, or paste one you have.</source>
        <translation>{label} kosong: dapatkan dengan Get Token dulu, atau tempelkan yang Anda punya.</translation>
    </message>
    <message>
        <source>{label} must be plain ASCII with no line breaks: paste the token only.</source>
        <translation>{label} harus ASCII biasa tanpa baris baru: tempelkan tokennya saja.</translation>
    </message>
    <message>
        <source>{label} contains a space: paste the token only.</source>
        <translation>{label} berisi spasi: tempelkan tokennya saja.</translation>
    </message>
    <message>
        <source>{label} is {length} characters long; the API takes at most {TOKEN_MAX_LENGTH}. Check that you pasted only the token.</source>
        <translation>{label} panjangnya {length} karakter; API menerima paling banyak {TOKEN_MAX_LENGTH}. Periksa bahwa Anda hanya menempelkan tokennya.</translation>
    </message>
    <message>
        <source>{label} is empty: the firewall blocks requests without it.</source>
        <translation>{label} kosong: firewall memblokir permintaan tanpanya.</translation>
    </message>
    <message>
        <source>{label} contains a line break: remove it.</source>
        <translation>{label} berisi baris baru: hapus.</translation>
    </message>
    <message>
        <source>{label} contains &apos;;&apos;, which ends a part of the User-Agent: remove it.</source>
        <translation>{label} berisi &apos;;&apos;, yang mengakhiri satu bagian User-Agent: hapus.</translation>
    </message>
    <message>
        <source>{label} may use only plain ASCII letters, digits, spaces and punctuation: HTTP headers cannot carry other characters reliably.</source>
        <translation>{label} hanya boleh memakai huruf ASCII biasa, angka, spasi, dan tanda baca: header HTTP tidak dapat membawa karakter lain dengan andal.</translation>
    </message>
    <message>
        <source>{label} starts or ends with a space: remove it.</source>
        <translation>{label} diawali atau diakhiri spasi: hapus.</translation>
    </message>
</context>
<context>
    <name>request_panel</name>
    <message>
        <source>Sandbox: test data (http:// as the docs give it). Production: real data, HTTPS only. Local emulator: a stand-in on this machine. Custom URL: a proxy or mirror.</source>
        <translation>Sandbox: data uji (http:// seperti di dokumentasi). Production: data nyata, hanya HTTPS. Emulator lokal: pengganti di mesin ini. URL khusus: proxy atau cermin.</translation>
    </message>
    <message>
        <source>The base URL requests go to; editable for Custom URL</source>
        <translation>URL dasar tujuan permintaan; dapat diubah untuk URL khusus</translation>
    </message>
    <message>
        <source>Send the sandbox request over HTTPS (the docs warn its certificate may fail; switch back if it does)</source>
        <translation>Kirim permintaan sandbox lewat HTTPS (dokumentasi memperingatkan sertifikatnya bisa gagal; kembalikan bila gagal)</translation>
    </message>
    <message>
        <source>Your business ID from tiket.com (first part of the User-Agent)</source>
        <translation>ID bisnis Anda dari tiket.com (bagian pertama User-Agent)</translation>
    </message>
    <message>
        <source>Partner Name</source>
        <translation>Nama Mitra</translation>
    </message>
    <message>
        <source>Your business name (second part of the User-Agent)</source>
        <translation>Nama bisnis Anda (bagian kedua User-Agent)</translation>
    </message>
    <message>
        <source>The firewall blocks every request whose User-Agent is not twh:ID;NAME;</source>
        <translation>Firewall memblokir setiap permintaan yang User-Agent-nya bukan twh:ID;NAME;</translation>
    </message>
    <message>
        <source>the key tiket.com gave you (never saved)</source>
        <translation>kunci dari tiket.com</translation>
    </message>
    <message>
        <source>Sent only as secretkey= on getToken; never written to disk, history or logs</source>
        <translation>Dikirim hanya sebagai secretkey= pada getToken; tidak pernah ditulis ke disk, riwayat, atau log</translation>
    </message>
    <message>
        <source>Show or hide the secret key</source>
        <translation>Tampilkan atau sembunyikan kunci rahasia</translation>
    </message>
    <message>
        <source>Remember in the system &amp;keychain</source>
        <translation>Ingat di &amp;keychain sistem</translation>
    </message>
    <message>
        <source>The request as it will be sent, secret masked</source>
        <translation>Permintaan seperti yang akan dikirim, kunci rahasia disamarkan</translation>
    </message>
    <message>
        <source>&amp;Fetch</source>
        <translation>&amp;Ambil</translation>
    </message>
    <message>
        <source>Fetch a token in every chosen format (Ctrl+Enter)</source>
        <translation>Ambil token dalam setiap format yang dipilih (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Stop the fetch in progress (Esc)</source>
        <translation>Hentikan pengambilan yang berjalan (Esc)</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <source>&amp;Environment</source>
        <translation>&amp;Lingkungan</translation>
    </message>
    <message>
        <source>Base &amp;URL</source>
        <translation>&amp;URL dasar</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Siapa</translation>
    </message>
    <message>
        <source>Partner &amp;ID</source>
        <translation>&amp;ID mitra</translation>
    </message>
    <message>
        <source>Partner &amp;name</source>
        <translation>&amp;Nama mitra</translation>
    </message>
    <message>
        <source>User-Agent</source>
        <translation>User-Agent</translation>
    </message>
    <message>
        <source>&amp;Secret key</source>
        <translation>&amp;Kunci rahasia</translation>
    </message>
    <message>
        <source>Request preview</source>
        <translation>Pratinjau permintaan</translation>
    </message>
    <message>
        <source>Choose at least one format to fetch.</source>
        <translation>Pilih setidaknya satu format untuk diambil.</translation>
    </message>
    <message>
        <source>not needed: {title} takes the token</source>
        <translation>tidak perlu: {title} memakai token</translation>
    </message>
    <message>
        <source>127.0.0.1, opens on first use</source>
        <translation>127.0.0.1, dibuka saat dipakai</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Sembunyikan</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <source>The User-Agent the firewall expects</source>
        <translation>User-Agent yang diharapkan firewall</translation>
    </message>
    <message>
        <source>Use HTTP</source>
        <translation>Pakai HTTP</translation>
    </message>
    <message>
        <source>Use HTTPS</source>
        <translation>Pakai HTTPS</translation>
    </message>
    <message>
        <source>🔒 HTTPS: the secret travels encrypted.</source>
        <translation>🔒 HTTPS: kunci rahasia dikirim terenkripsi.</translation>
    </message>
    <message>
        <source>This machine only: nothing leaves it.</source>
        <translation>Hanya mesin ini: tidak ada yang keluar.</translation>
    </message>
    <message>
        <source>⚠ Plain HTTP: the secret key travels unencrypted.</source>
        <translation>⚠ HTTP biasa: kunci rahasia dikirim tanpa enkripsi.</translation>
    </message>
</context>
<context>
    <name>response_view</name>
    <message>
        <source>Show or hide the HTTP headers of this answer</source>
        <translation>Tampilkan atau sembunyikan header HTTP jawaban ini</translation>
    </message>
    <message>
        <source>Indented for reading</source>
        <translation>Diberi indentasi agar mudah dibaca</translation>
    </message>
    <message>
        <source>The body exactly as received</source>
        <translation>Isi persis seperti yang diterima</translation>
    </message>
    <message>
        <source>Fields as a tree with their types</source>
        <translation>Kolom sebagai pohon dengan tipenya</translation>
    </message>
    <message>
        <source>Find in the body (Ctrl+F)</source>
        <translation>Cari di isi (Ctrl+F)</translation>
    </message>
    <message>
        <source>Copy the text shown</source>
        <translation>Salin teks yang ditampilkan</translation>
    </message>
    <message>
        <source>Save the body as received to a file</source>
        <translation>Simpan isi seperti yang diterima ke berkas</translation>
    </message>
    <message>
        <source>Double-click a row to copy its value</source>
        <translation>Klik ganda sebuah baris untuk menyalin nilainya</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Pretty</source>
        <translation>Rapi</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Mentah</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Pohon</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Salin</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Simpan…</translation>
    </message>
    <message>
        <source>{title} answer text</source>
        <translation>Teks jawaban {title}</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Kecocokan sebelumnya (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Kecocokan berikutnya (Enter)</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Tutup bilah pencarian (Esc)</translation>
    </message>
    <message>
        <source>{ms} ms  ·  {size} bytes</source>
        <translation>{ms} md  ·  {size} byte</translation>
    </message>
    <message>
        <source>(line {line}, column {column})</source>
        <translation>(baris {line}, kolom {column})</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot read this answer:&lt;/b&gt; {html}{at}</source>
        <translation>&lt;b&gt;Jawaban ini tidak dapat dibaca:&lt;/b&gt; {html}{at}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read leniently:&lt;/b&gt; this is not valid strict PHP serialize.</source>
        <translation>&lt;b&gt;Dibaca dengan longgar:&lt;/b&gt; ini bukan serialize PHP ketat yang sah.</translation>
    </message>
    <message>
        <source>{title}: lines over {limit} characters are shown folded to stay responsive; Copy and Save give the text whole.</source>
        <translation>{title}: baris yang lebih dari {limit} karakter ditampilkan terlipat agar tetap responsif; Salin dan Simpan memberikan teks utuh.</translation>
    </message>
    <message>
        <source>Copied the value of {key_at}.</source>
        <translation>Nilai {key_at} disalin.</translation>
    </message>
    <message>
        <source>{value} of {total}</source>
        <translation>{value} dari {total}</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>tidak ada yang cocok</translation>
    </message>
    <message>
        <source>Copied the {title} text.</source>
        <translation>Teks {title} disalin.</translation>
    </message>
    <message>
        <source>Save the {title} answer</source>
        <translation>Simpan jawaban {title}</translation>
    </message>
    <message>
        <source>Could not save to {path}: {reason}. Choose another folder.</source>
        <translation>Tidak dapat menyimpan ke {path}: {reason}. Pilih folder lain.</translation>
    </message>
    <message>
        <source>Saved the {title} answer to {path}.</source>
        <translation>Jawaban {title} disimpan ke {path}.</translation>
    </message>
</context>
<context>
    <name>result</name>
    <message>
        <source>The answer is not a set of named fields, so nothing could be read.</source>
        <translation>Jawaban bukan kumpulan kolom bernama, jadi tidak ada yang dapat dibaca.</translation>
    </message>
    <message>
        <source>The answer has no output_type.</source>
        <translation>Jawaban tidak punya output_type.</translation>
    </message>
    <message>
        <source>output_type is {sent!r}, but {asked!r} was asked for.</source>
        <translation>output_type adalah {sent!r}, padahal yang diminta {asked!r}.</translation>
    </message>
    <message>
        <source>confirm is {sent!r}, not &apos;success&apos;.</source>
        <translation>confirm adalah {sent!r}, bukan &apos;success&apos;.</translation>
    </message>
    <message>
        <source>The answer has no token.</source>
        <translation>Jawaban tidak punya token.</translation>
    </message>
    <message>
        <source>The answer has no login_status.</source>
        <translation>Jawaban tidak punya login_status.</translation>
    </message>
    <message>
        <source>unix_timestamp {value} is not a valid time.</source>
        <translation>unix_timestamp {value} bukan waktu yang sah.</translation>
    </message>
    <message>
        <source>The server clock is {duration} ahead of this machine&apos;s.</source>
        <translation>Jam server {duration} lebih cepat dari jam mesin ini.</translation>
    </message>
    <message>
        <source>The server clock is {duration} behind this machine&apos;s.</source>
        <translation>Jam server {duration} lebih lambat dari jam mesin ini.</translation>
    </message>
    <message>
        <source>The answer has no {place}, where {call} lists its records.</source>
        <translation>Jawaban tidak punya {place}, tempat {call} mendaftar entrinya.</translation>
    </message>
    <message>
        <source>The token is empty.</source>
        <translation>Token kosong.</translation>
    </message>
    <message>
        <source>The token is {length} characters long; the docs type it CHAR(128).</source>
        <translation>Token panjangnya {length} karakter; dokumentasi menetapkan tipenya CHAR(128).</translation>
    </message>
    <message>
        <source>The token starts or ends with a space.</source>
        <translation>Token diawali atau diakhiri spasi.</translation>
    </message>
    <message>
        <source>The token holds {character!r}, which is not a hex digit; the docs&apos; tokens are hex only (32 or 40 characters).</source>
        <translation>Token berisi {character!r}, yang bukan digit heksadesimal; token di dokumentasi hanya heksadesimal (32 atau 40 karakter).</translation>
    </message>
    <message>
        <source>The API answered with status {status}: {message}.</source>
        <translation>API menjawab dengan status {status}: {message}.</translation>
    </message>
    <message>
        <source>The API answered with status {status}.</source>
        <translation>API menjawab dengan status {status}.</translation>
    </message>
    <message>
        <source>The API reported an error: {message}.</source>
        <translation>API melaporkan kesalahan: {message}.</translation>
    </message>
    <message>
        <source>The answer has no diagnostic block.</source>
        <translation>Jawaban tidak punya blok diagnostic.</translation>
    </message>
    <message>
        <source>The diagnostic block has no {key}.</source>
        <translation>Blok diagnostic tidak punya {key}.</translation>
    </message>
    <message>
        <source>diagnostic {key} is {value!r}, not a whole number.</source>
        <translation>diagnostic {key} adalah {value!r}, bukan bilangan bulat.</translation>
    </message>
    <message>
        <source>diagnostic {key} is {value!r}, not a number of seconds.</source>
        <translation>diagnostic {key} adalah {value!r}, bukan jumlah detik.</translation>
    </message>
    <message>
        <source>login_status is {value!r}, neither true nor false.</source>
        <translation>login_status adalah {value!r}, bukan true maupun false.</translation>
    </message>
    <message>
        <source>{count} minutes</source>
        <translation>{count} menit</translation>
    </message>
    <message>
        <source>{count} hours</source>
        <translation>{count} jam</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} hari</translation>
    </message>
</context>
<context>
    <name>secrets</name>
    <message>
        <source>The keyring package is not installed, so no keychain can be used.</source>
        <translation>Paket keyring tidak terpasang, jadi keychain tidak dapat dipakai.</translation>
    </message>
    <message>
        <source>No system keychain is available here (on Linux, GNOME Keyring or KWallet must be running and unlocked), so the secret cannot be remembered.</source>
        <translation>Tidak ada keychain sistem di sini (di Linux, GNOME Keyring atau KWallet harus berjalan dan terbuka), jadi kunci rahasia tidak dapat diingat.</translation>
    </message>
    <message>
        <source>The only keychain found keeps secrets in a plain file, so it is not used.</source>
        <translation>Satu-satunya keychain yang ditemukan menyimpan rahasia di berkas biasa, jadi tidak dipakai.</translation>
    </message>
    <message>
        <source>The keychain refused to store the secret: unlock it and try again.</source>
        <translation>Keychain menolak menyimpan kunci rahasia: buka kuncinya lalu coba lagi.</translation>
    </message>
    <message>
        <source>The keychain could not be read: unlock it and try again, or type the secret.</source>
        <translation>Keychain tidak dapat dibaca: buka kuncinya lalu coba lagi, atau ketik kunci rahasia.</translation>
    </message>
    <message>
        <source>The keychain could not remove the secret: unlock it and try again.</source>
        <translation>Keychain tidak dapat menghapus kunci rahasia: buka kuncinya lalu coba lagi.</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>The settings file {path} could not be read; defaults are in use.</source>
        <translation>Berkas pengaturan {path} tidak dapat dibaca; pengaturan bawaan dipakai.</translation>
    </message>
    <message>
        <source>The settings file was damaged and was moved to {name}; defaults are in use.</source>
        <translation>Berkas pengaturan rusak dan dipindahkan ke {name}; pengaturan bawaan dipakai.</translation>
    </message>
</context>
<context>
    <name>text_view</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Pilih &amp;Semua</translation>
    </message>
</context>
<context>
    <name>token_controller</name>
    <message>
        <source>no token yet for this environment and partner: make a Get Token first</source>
        <translation>belum ada token untuk lingkungan dan mitra ini: lakukan Get Token dulu</translation>
    </message>
    <message>
        <source>No new token came back, so {title} was not made again.</source>
        <translation>Tidak ada token baru yang kembali, jadi {title} tidak diulang.</translation>
    </message>
    <message>
        <source>Checking the token with {title}…</source>
        <translation>Memeriksa token dengan {title}…</translation>
    </message>
    <message>
        <source>Checking the token</source>
        <translation>Memeriksa token</translation>
    </message>
</context>
<context>
    <name>tokens</name>
    <message>
        <source>from the history: Get Token of {when}</source>
        <translation>dari riwayat: Get Token pada {when}</translation>
    </message>
    <message>
        <source>from Get Token at {time}</source>
        <translation>dari Get Token pukul {time}</translation>
    </message>
</context>
<context>
    <name>tree_model</name>
    <message>
        <source>Key</source>
        <translation>Kunci</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipe</translation>
    </message>
</context>
<context>
    <name>wording</name>
    <message>
        <source>{count} format</source>
        <translation>{count} format</translation>
    </message>
    <message>
        <source>{count} formats</source>
        <translation>{count} format</translation>
    </message>
    <message>
        <source>{count} record</source>
        <translation>{count} entri</translation>
    </message>
    <message>
        <source>{count} records</source>
        <translation>{count} entri</translation>
    </message>
    <message>
        <source>{count} difference</source>
        <translation>{count} perbedaan</translation>
    </message>
    <message>
        <source>{count} differences</source>
        <translation>{count} perbedaan</translation>
    </message>
    <message>
        <source>(line {line}, column {column})</source>
        <translation>(baris {line}, kolom {column})</translation>
    </message>
    <message>
        <source>No answer was read.</source>
        <translation>Tidak ada jawaban yang terbaca.</translation>
    </message>
    <message>
        <source>The API refused the request.</source>
        <translation>API menolak permintaan.</translation>
    </message>
    <message>
        <source>The answer carries no token.</source>
        <translation>Jawaban tidak membawa token.</translation>
    </message>
    <message>
        <source>Read {name} as {formats}.</source>
        <translation>{name} dibaca sebagai {formats}.</translation>
    </message>
    <message>
        <source>{call}: {records} in {formats} in {ms} ms.</source>
        <translation>{call}: {records} dalam {formats} dalam {ms} md.</translation>
    </message>
    <message>
        <source>Token received in {formats} in {ms} ms.</source>
        <translation>Token diterima dalam {formats} dalam {ms} md.</translation>
    </message>
    <message>
        <source>The API answered with an error ({formats}).</source>
        <translation>API menjawab dengan kesalahan ({formats}).</translation>
    </message>
    <message>
        <source>Fetched {formats}.</source>
        <translation>{formats} diambil.</translation>
    </message>
    <message>
        <source>Showing a fetch from {time}, not the latest.</source>
        <translation>Menampilkan pengambilan dari pukul {time}, bukan yang terbaru.</translation>
    </message>
    <message>
        <source>The API says: {notice}</source>
        <translation>Kata API: {notice}</translation>
    </message>
    <message>
        <source>Showing {name}, read as {format}.</source>
        <translation>Menampilkan {name}, dibaca sebagai {format}.</translation>
    </message>
    <message>
        <source>The token was accepted: {call} answered with status 200.</source>
        <translation>Token diterima: {call} menjawab dengan status 200.</translation>
    </message>
    <message>
        <source>the API refused it.</source>
        <translation>API menolaknya.</translation>
    </message>
    <message>
        <source>The token was refused by {call}: {refusal} Get a new token, or renew this one.</source>
        <translation>Token ditolak oleh {call}: {refusal} Ambil token baru, atau perbarui token ini.</translation>
    </message>
    <message>
        <source>no answer could be read.</source>
        <translation>tidak ada jawaban yang dapat dibaca.</translation>
    </message>
    <message>
        <source>The token could not be checked: {reason}</source>
        <translation>Token tidak dapat diperiksa: {reason}</translation>
    </message>
    <message>
        <source>The fetch failed.</source>
        <translation>Pengambilan gagal.</translation>
    </message>
    <message>
        <source>The answer below is from {time} and is not current.</source>
        <translation>Jawaban di bawah berasal dari pukul {time} dan bukan yang terkini.</translation>
    </message>
    <message>
        <source>Select the fetch in the history to see what came back.</source>
        <translation>Pilih pengambilan itu di riwayat untuk melihat apa yang kembali.</translation>
    </message>
    <message>
        <source>That fetch failed: {reason}</source>
        <translation>Pengambilan itu gagal: {reason}</translation>
    </message>
    <message>
        <source>opened {time}</source>
        <translation>dibuka {time}</translation>
    </message>
    <message>
        <source>client {ms} ms</source>
        <translation>klien {ms} md</translation>
    </message>
    <message>
        <source>server {ms} ms</source>
        <translation>server {ms} md</translation>
    </message>
    <message>
        <source>fetched {when}</source>
        <translation>diambil {when}</translation>
    </message>
    <message>
        <source>from history</source>
        <translation>dari riwayat</translation>
    </message>
    <message>
        <source>not current · fetched {time} · failed just now</source>
        <translation>tidak terkini · diambil {time} · baru saja gagal</translation>
    </message>
    <message>
        <source>No technical detail was recorded.</source>
        <translation>Tidak ada detail teknis yang tercatat.</translation>
    </message>
    <message>
        <source>No format could be read, so there is nothing to compare.</source>
        <translation>Tidak ada format yang terbaca, jadi tidak ada yang dibandingkan.</translation>
    </message>
    <message>
        <source>{count} field</source>
        <translation>{count} kolom</translation>
    </message>
    <message>
        <source>{count} fields</source>
        <translation>{count} kolom</translation>
    </message>
    <message>
        <source>{count} differs beyond what is expected</source>
        <translation>{count} berbeda di luar perkiraan</translation>
    </message>
    <message>
        <source>{count} differ beyond what is expected</source>
        <translation>{count} berbeda di luar perkiraan</translation>
    </message>
    <message>
        <source>{fields} in {formats} · {differ}</source>
        <translation>{fields} dalam {formats} · {differ}</translation>
    </message>
    <message>
        <source>The same answer: A ({left}) and B ({right}).</source>
        <translation>Jawaban sama: A ({left}) dan B ({right}).</translation>
    </message>
    <message>
        <source>{differences} ({kinds}) from A ({left}) to B ({right}).</source>
        <translation>{differences} ({kinds}) dari A ({left}) ke B ({right}).</translation>
    </message>
    <message>
        <source>The same answer: A ({left}) and B ({right}); set aside: {aside}.</source>
        <translation>Jawaban sama: A ({left}) dan B ({right}); dikesampingkan: {aside}.</translation>
    </message>
    <message>
        <source>{differences} ({kinds}) from A ({left}) to B ({right}); set aside: {aside}.</source>
        <translation>{differences} ({kinds}) dari A ({left}) ke B ({right}); dikesampingkan: {aside}.</translation>
    </message>
    <message>
        <source>Cancelled: the answer on screen is from the fetch before.</source>
        <translation>Dibatalkan: jawaban di layar berasal dari pengambilan sebelumnya.</translation>
    </message>
    <message>
        <source>Reading this answer failed unexpectedly; the details are in the log. Try again.</source>
        <translation>Membaca jawaban ini gagal secara tak terduga; detailnya ada di log. Coba lagi.</translation>
    </message>
    <message>
        <source>The formats could not be compared (the details are in the log); the answers themselves are in their tabs.</source>
        <translation>Format-format tidak dapat dibandingkan (detailnya ada di log); jawabannya sendiri ada di tab masing-masing.</translation>
    </message>
    <message>
        <source>Something went wrong inside tiket-gui; it keeps running. The log has details.</source>
        <translation>Terjadi kesalahan di dalam tiket-gui; aplikasi tetap berjalan. Log berisi detailnya.</translation>
    </message>
    <message>
        <source>The local emulator could not start (no free local port?): restart tiket-gui or choose another environment.</source>
        <translation>Emulator lokal tidak dapat dimulai (tidak ada port lokal yang bebas?): mulai ulang tiket-gui atau pilih lingkungan lain.</translation>
    </message>
    <message>
        <source>The history could not be opened (the data folder is not writable); fetches are not recorded this session.</source>
        <translation>Riwayat tidak dapat dibuka (folder data tidak dapat ditulisi); pengambilan tidak dicatat di sesi ini.</translation>
    </message>
    <message>
        <source>This fetch could not be added to the history (is the disk full?); it is still on screen.</source>
        <translation>Pengambilan ini tidak dapat ditambahkan ke riwayat (disk penuh?); jawabannya tetap di layar.</translation>
    </message>
    <message>
        <source>That entry is no longer in the history.</source>
        <translation>Entri itu sudah tidak ada di riwayat.</translation>
    </message>
    <message>
        <source>The system keychain failed; the secret was not remembered.</source>
        <translation>Keychain sistem gagal; kunci rahasia tidak diingat.</translation>
    </message>
    <message>
        <source>{task} failed unexpectedly; the log has the details. Try again.</source>
        <translation>{task} gagal secara tak terduga; log berisi detailnya. Coba lagi.</translation>
    </message>
    <message>
        <source>Could not read {name}: {reason}.</source>
        <translation>Tidak dapat membaca {name}: {reason}.</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>tidak terbaca</translation>
    </message>
    <message>
        <source>Check the path.</source>
        <translation>Periksa jalurnya.</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text: check that it is the file you meant.</source>
        <translation>{name} bukan teks UTF-8: periksa bahwa itu berkas yang Anda maksud.</translation>
    </message>
    <message>
        <source>Could not save {name}: {reason}. Choose another folder.</source>
        <translation>Tidak dapat menyimpan {name}: {reason}. Pilih folder lain.</translation>
    </message>
    <message>
        <source>write failed</source>
        <translation>gagal menulis</translation>
    </message>
    <message>
        <source>{name} is {size} MB; answers over {limit} MB are not opened. Cut out the answer.</source>
        <translation>{name} berukuran {size} MB; jawaban di atas {limit} MB tidak dibuka. Potong jawabannya.</translation>
    </message>
    <message>
        <source>Cannot tell the format of {name}: it is not JSON, XML, serialize or print_r text.</source>
        <translation>Format {name} tidak dapat dikenali: bukan JSON, XML, serialize, atau teks print_r.</translation>
    </message>
    <message>
        <source>{name} could not be read as an answer; the log has the details. Try another file.</source>
        <translation>{name} tidak dapat dibaca sebagai jawaban; log berisi detailnya. Coba berkas lain.</translation>
    </message>
    <message>
        <source>Settings could not be saved ({reason}); the old ones are kept. Check the disk space.</source>
        <translation>Pengaturan tidak dapat disimpan ({reason}); pengaturan lama dipertahankan. Periksa ruang disk.</translation>
    </message>
</context>
</TS>
