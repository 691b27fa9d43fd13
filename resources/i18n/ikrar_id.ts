<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id_ID">
<context>
    <name>AttendeeCard</name>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/attendee_card.py" line="94" />
        <source>Confirm — start signing</source>
        <translation>Konfirmasi — mulai tanda tangan</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/attendee_card.py" line="99" />
        <source>Not this person</source>
        <translation>Bukan orang ini</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/attendee_card.py" line="138" />
        <source>Walk-in: registered at the event, not on the imported roster.</source>
        <translation>Peserta tambahan: didaftarkan di lokasi acara, tidak ada di daftar pegawai yang diimpor.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/attendee_card.py" line="140" />
        <source>Not on this event's roster: confirming registers them as a walk-in.</source>
        <translation>Tidak ada di daftar peserta acara ini: konfirmasi akan mendaftarkannya sebagai peserta tambahan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/attendee_card.py" line="149" />
        <source>Check the name against the person. Enter or Space confirms; Esc cancels.</source>
        <translation>Cocokkan nama dengan orangnya. Enter atau Spasi untuk konfirmasi; Esc untuk batal.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/attendee_card.py" line="151" />
        <source>The attendee screen is still in use; confirm when it is free.</source>
        <translation>Layar peserta masih dipakai; konfirmasi setelah layar kosong.</translation>
    </message>
</context>
<context>
    <name>AttendeeWindow</name>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/attendee_window.py" line="119" />
        <source>Ikrar — attendee screen</source>
        <translation>Ikrar — layar peserta</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/attendee_window.py" line="193" />
        <source>Welcome. Scan the QR code on your badge to begin.</source>
        <translation>Selamat datang. Pindai kode QR pada kartu pegawai Anda untuk memulai.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/attendee_window.py" line="194" />
        <source>Welcome. Please wait until the registration desk calls your name.</source>
        <translation>Selamat datang. Silakan menunggu sampai nama Anda dipanggil petugas registrasi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/attendee_window.py" line="202" />
        <source>Only one screen is connected: the attendee screen opens on this screen while someone signs, and gives it back after (one-tablet layout). Connect a second screen to use it for attendees.</source>
        <translation>Hanya satu layar yang terhubung: layar peserta terbuka di layar ini selama peserta menandatangani, lalu dikembalikan (tata letak satu tablet). Hubungkan layar kedua untuk dipakai peserta.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/attendee_window.py" line="318" />
        <source>Staff: enter the operator or administrator PIN to stop here and give the screen back to the desk. Nothing is recorded for a signing that is stopped.</source>
        <translation>Petugas: masukkan PIN operator atau administrator untuk berhenti di sini dan mengembalikan layar ke meja registrasi. Penandatanganan yang dihentikan tidak dicatat.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/attendee_window.py" line="358" />
        <source>You are not on this event's roster. Please ask the registration staff.</source>
        <translation>Anda tidak ada di daftar peserta acara ini. Silakan hubungi petugas registrasi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/attendee_window.py" line="361" />
        <source>Please ask the registration staff for help.</source>
        <translation>Silakan minta bantuan petugas registrasi.</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_page.py" line="42" />
        <source>Search kind, subject or details…</source>
        <translation>Cari jenis, subjek, atau rincian…</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_page.py" line="44" />
        <source>Verify chain</source>
        <translation>Periksa rantai</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_page.py" line="46" />
        <source>Export CSV…</source>
        <translation>Ekspor CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_page.py" line="50" />
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_page.py" line="50" />
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_page.py" line="50" />
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_page.py" line="50" />
        <source>Subject</source>
        <translation>Subjek</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_page.py" line="51" />
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_page.py" line="81" />
        <source>Audit chain intact: verified up to event {n}</source>
        <translation>Rantai audit utuh: terverifikasi sampai peristiwa ke-{n}</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_page.py" line="87" />
        <source>Audit chain BROKEN at event {n}: verified up to event {ok}. {reason}</source>
        <translation>Rantai audit RUSAK pada peristiwa ke-{n}: terverifikasi sampai peristiwa ke-{ok}. {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_page.py" line="113" />
        <source>Export the audit trail</source>
        <translation>Ekspor jejak audit</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_page.py" line="114" />
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_page.py" line="122" />
        <source>Could not write {file}: {reason}</source>
        <translation>{file} tidak dapat ditulis: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_page.py" line="125" />
        <source>{count} events written to {file}</source>
        <translation>{count} peristiwa ditulis ke {file}</translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_words.py" line="21" />
        <source>Signature</source>
        <translation>Tanda tangan</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_words.py" line="22" />
        <source>Walk-in registered</source>
        <translation>Pendaftaran peserta tanpa undangan</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_words.py" line="23" />
        <source>Check-in closed</source>
        <translation>Registrasi ditutup</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_words.py" line="24" />
        <source>Check-in reopened</source>
        <translation>Registrasi dibuka kembali</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_words.py" line="25" />
        <source>Certificates numbered</source>
        <translation>Penomoran sertifikat</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_words.py" line="26" />
        <source>Certificate printed</source>
        <translation>Cetak sertifikat</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_words.py" line="27" />
        <source>Certificate reprinted</source>
        <translation>Cetak ulang sertifikat</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_words.py" line="28" />
        <source>Certificate voided</source>
        <translation>Pembatalan sertifikat</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_words.py" line="29" />
        <source>Badges printed</source>
        <translation>Cetak kartu peserta</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_words.py" line="30" />
        <source>Roster imported</source>
        <translation>Impor daftar pegawai</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_words.py" line="31" />
        <source>Event created</source>
        <translation>Acara dibuat</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_words.py" line="32" />
        <source>Event changed</source>
        <translation>Acara diubah</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_words.py" line="33" />
        <source>Pledge text changed</source>
        <translation>Teks ikrar diubah</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_words.py" line="34" />
        <source>Key created</source>
        <translation>Kunci dibuat</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_words.py" line="35" />
        <source>Agency key imported</source>
        <translation>Kunci instansi diimpor</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_words.py" line="36" />
        <source>Station certified</source>
        <translation>Perangkat disertifikasi</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_words.py" line="37" />
        <source>Station enrolled at the hub</source>
        <translation>Perangkat didaftarkan di hub</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_words.py" line="38" />
        <source>Station joined a hub</source>
        <translation>Perangkat bergabung ke hub</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_words.py" line="39" />
        <source>Station revoked</source>
        <translation>Perangkat dicabut</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_words.py" line="40" />
        <source>Enrolment code made</source>
        <translation>Kode pendaftaran perangkat dibuat</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_words.py" line="41" />
        <source>PIN set</source>
        <translation>PIN diatur</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_words.py" line="42" />
        <source>PIN removed</source>
        <translation>PIN dihapus</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_words.py" line="43" />
        <source>PIN locked after failed attempts</source>
        <translation>PIN dikunci setelah salah berulang</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_words.py" line="44" />
        <source>Sync with the hub</source>
        <translation>Sinkronisasi dengan hub</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_words.py" line="45" />
        <source>Changes saved for USB</source>
        <translation>Perubahan disimpan untuk USB</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_words.py" line="46" />
        <source>Changes read from USB</source>
        <translation>Perubahan dibaca dari USB</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_words.py" line="49" />
        <source>Event</source>
        <translation>Acara</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_words.py" line="49" />
        <source>Employee</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_words.py" line="50" />
        <source>How</source>
        <translation>Cara</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_words.py" line="50" />
        <source>Pledge fingerprint</source>
        <translation>Sidik teks ikrar</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_words.py" line="51" />
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_words.py" line="51" />
        <source>Station</source>
        <translation>Perangkat</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_words.py" line="51" />
        <source>Numbers</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_words.py" line="52" />
        <source>Operator</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_words.py" line="52" />
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_words.py" line="53" />
        <source>Count</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_words.py" line="53" />
        <source>Pages</source>
        <translation>Halaman</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_words.py" line="53" />
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_words.py" line="54" />
        <source>Key</source>
        <translation>Kunci</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_words.py" line="54" />
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_words.py" line="54" />
        <source>Rows</source>
        <translation>Baris</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_words.py" line="55" />
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_words.py" line="55" />
        <source>Updated</source>
        <translation>Diperbarui</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_words.py" line="56" />
        <source>Unchanged</source>
        <translation>Tidak berubah</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_words.py" line="56" />
        <source>Refused</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_words.py" line="57" />
        <source>File fingerprint</source>
        <translation>Sidik berkas</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_words.py" line="57" />
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_words.py" line="58" />
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_words.py" line="58" />
        <source>Fields</source>
        <translation>Isian</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_words.py" line="59" />
        <source>Version</source>
        <translation>Versi</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_words.py" line="59" />
        <source>Previous version</source>
        <translation>Versi sebelumnya</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_words.py" line="60" />
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_words.py" line="60" />
        <source>Fingerprint</source>
        <translation>Sidik kunci</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_words.py" line="61" />
        <source>Passphrase</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_words.py" line="61" />
        <source>Replaced the old one</source>
        <translation>Mengganti yang lama</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_words.py" line="62" />
        <source>Station key</source>
        <translation>Kunci perangkat</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_words.py" line="62" />
        <source>Agency key</source>
        <translation>Kunci instansi</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_words.py" line="63" />
        <source>Valid until</source>
        <translation>Berlaku sampai</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_words.py" line="63" />
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_words.py" line="64" />
        <source>Valid for (minutes)</source>
        <translation>Berlaku (menit)</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_words.py" line="64" />
        <source>Failed attempts</source>
        <translation>Percobaan gagal</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_words.py" line="65" />
        <source>Locked for (seconds)</source>
        <translation>Dikunci (detik)</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_words.py" line="65" />
        <source>Sent</source>
        <translation>Dikirim</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_words.py" line="66" />
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_words.py" line="66" />
        <source>Written</source>
        <translation>Ditulis</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_words.py" line="67" />
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_words.py" line="67" />
        <source>To</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_words.py" line="67" />
        <source>Entries</source>
        <translation>Entri</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_words.py" line="68" />
        <source>New entries</source>
        <translation>Entri baru</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_words.py" line="70" />
        <source>agency</source>
        <translation>instansi</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_words.py" line="70" />
        <source>station</source>
        <translation>perangkat</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_words.py" line="71" />
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_words.py" line="71" />
        <source>desk operator</source>
        <translation>petugas registrasi</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_words.py" line="72" />
        <source>clerk</source>
        <translation>staf sekretariat</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_words.py" line="84" />
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_words.py" line="84" />
        <source>no</source>
        <translation>tidak</translation>
    </message>
</context>
<context>
    <name>CameraPanel</name>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/camera.py" line="264" />
        <location filename="../../desktop/ikrar/ui/desk/camera.py" line="380" />
        <location filename="../../desktop/ikrar/ui/desk/camera.py" line="390" />
        <source>Start camera</source>
        <translation>Nyalakan kamera</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/camera.py" line="284" />
        <source>Test images</source>
        <translation>Gambar uji</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/camera.py" line="287" />
        <location filename="../../desktop/ikrar/ui/desk/camera.py" line="320" />
        <location filename="../../desktop/ikrar/ui/desk/camera.py" line="381" />
        <source>Camera off.</source>
        <translation>Kamera mati.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/camera.py" line="312" />
        <source>QR decoding is not installed on this computer (zxing-cpp). Use the scanner or the search.</source>
        <translation>Pembaca kode QR (zxing-cpp) tidak terpasang di komputer ini. Gunakan pemindai atau pencarian.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/camera.py" line="316" />
        <source>No camera found. Connect a webcam, or use the scanner or the search.</source>
        <translation>Kamera tidak ditemukan. Sambungkan webcam, atau gunakan pemindai atau pencarian.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/camera.py" line="373" />
        <source>Stop camera</source>
        <translation>Matikan kamera</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/camera.py" line="374" />
        <source>Hold the badge's QR code in front of the camera.</source>
        <translation>Arahkan kode QR kartu pegawai ke kamera.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/camera.py" line="394" />
        <source>The camera stopped (it was unplugged or is used by another program). Plug it in again and press “Start camera”, or use the scanner or the search.</source>
        <translation>Kamera berhenti (kabelnya tercabut atau dipakai program lain). Sambungkan lagi lalu tekan “Nyalakan kamera”, atau gunakan pemindai atau pencarian.</translation>
    </message>
</context>
<context>
    <name>CertificateTable</name>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/certificate_list.py" line="30" />
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/certificate_list.py" line="30" />
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/certificate_list.py" line="30" />
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/certificate_list.py" line="30" />
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/certificate_list.py" line="31" />
        <source>Printed</source>
        <translation>Dicetak</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/certificate_list.py" line="52" />
        <source>not yet</source>
        <translation>belum</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/certificate_list.py" line="54" />
        <source>yes</source>
        <translation>sudah</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/certificate_list.py" line="55" />
        <source>yes + {copies} SALINAN</source>
        <translation>sudah + {copies} salinan</translation>
    </message>
</context>
<context>
    <name>ClerkPage</name>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/clerk_page.py" line="125" />
        <source>Not printed yet</source>
        <translation>Belum dicetak</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/clerk_page.py" line="126" />
        <source>Printed</source>
        <translation>Sudah dicetak</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/clerk_page.py" line="126" />
        <source>All</source>
        <translation>Semua</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/clerk_page.py" line="150" />
        <source>Prepare certificates</source>
        <translation>Siapkan sertifikat</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/clerk_page.py" line="154" />
        <source>Certificate number</source>
        <translation>Nomor sertifikat</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/clerk_page.py" line="157" />
        <source>Prepare a copy (SALINAN)</source>
        <translation>Siapkan salinan (SALINAN)</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/clerk_page.py" line="171" />
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/clerk_page.py" line="173" />
        <source>Save PDF…</source>
        <translation>Simpan PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/clerk_page.py" line="188" />
        <source>Event</source>
        <translation>Acara</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/clerk_page.py" line="189" />
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/clerk_page.py" line="190" />
        <source>Print status</source>
        <translation>Status cetak</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/clerk_page.py" line="192" />
        <source>Reprint one:</source>
        <translation>Cetak ulang satu:</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/clerk_page.py" line="253" />
        <source>All units</source>
        <translation>Semua unit kerja</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/clerk_page.py" line="255" />
        <source>(no unit)</source>
        <translation>(tanpa unit)</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/clerk_page.py" line="282" />
        <source>No event yet.</source>
        <translation>Belum ada acara.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/clerk_page.py" line="292" />
        <source>{signed} signed · {printed} printed · {waiting} not printed yet</source>
        <translation>{signed} sudah tanda tangan · {printed} sudah dicetak · {waiting} belum dicetak</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/clerk_page.py" line="295" />
        <source>{shown} listed</source>
        <translation>{shown} ditampilkan</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/clerk_page.py" line="319" />
        <source>There is no event yet.</source>
        <translation>Belum ada acara.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/clerk_page.py" line="321" />
        <source>The event has no presiding official: certificates need the official's title and name. An administrator sets them on the Event page.</source>
        <translation>Acara ini belum memiliki pejabat yang memimpin: sertifikat memerlukan jabatan dan nama pejabat. Administrator mengisinya di halaman Acara.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/clerk_page.py" line="330" />
        <source>This computer has no certificate from the agency yet, so it cannot sign certificates. To get one, join this computer to the hub with a code from the administrator (File → Settings → Join a hub…): on joining, the hub gives it the agency's certificate.</source>
        <translation>Komputer ini belum memiliki sertifikat dari instansi, sehingga belum dapat menandatangani sertifikat. Untuk mendapatkannya, gabungkan komputer ini ke hub dengan kode dari administrator (Berkas → Pengaturan → Bergabung ke hub…): saat bergabung, hub memberikan sertifikat dari instansi kepada komputer ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/clerk_page.py" line="341" />
        <source>No certificates to print with these filters.</source>
        <translation>Tidak ada sertifikat untuk dicetak dengan saringan ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/clerk_page.py" line="348" />
        <source>Print copies?</source>
        <translation>Cetak salinan?</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/clerk_page.py" line="349" />
        <source>All {count} certificates listed were printed before. Printing them again makes copies, each stamped SALINAN with a new copy number. Print the copies?</source>
        <translation>Semua {count} sertifikat dalam daftar sudah pernah dicetak. Mencetaknya lagi menghasilkan salinan, masing-masing dicap SALINAN dengan nomor salinan baru. Cetak salinannya?</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/clerk_page.py" line="356" />
        <source>Preparing certificates</source>
        <translation>Menyiapkan sertifikat</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/clerk_page.py" line="365" />
        <source>Type the number of the certificate to reprint.</source>
        <translation>Ketik nomor sertifikat yang akan dicetak ulang.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/clerk_page.py" line="367" />
        <source>There is no certificate numbered {number} on this station.</source>
        <translation>Tidak ada sertifikat bernomor {number} di perangkat ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/clerk_page.py" line="370" />
        <source>Certificate {number} was voided; it cannot be reprinted.</source>
        <translation>Sertifikat {number} sudah dibatalkan; tidak dapat dicetak ulang.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/clerk_page.py" line="373" />
        <source>Certificate {number} was never printed: print it with the others instead of as a copy.</source>
        <translation>Sertifikat {number} belum pernah dicetak: cetak bersama yang lain, bukan sebagai salinan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/clerk_page.py" line="382" />
        <source>Preparing a copy of {number}</source>
        <translation>Menyiapkan salinan {number}</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/clerk_page.py" line="420" />
        <source>{pages} pages ready ({copies} of them copies)</source>
        <translation>{pages} halaman siap ({copies} di antaranya salinan)</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/clerk_page.py" line="423" />
        <source>{pages} pages ready</source>
        <translation>{pages} halaman siap</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/clerk_page.py" line="425" />
        <source>{count} certificates are ready. Check the preview, then print them or save a PDF; nothing is marked printed before that.</source>
        <translation>{count} sertifikat siap. Periksa pratinjaunya, lalu cetak atau simpan sebagai PDF; belum ada yang ditandai tercetak sebelum itu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/clerk_page.py" line="433" />
        <source>Print certificates</source>
        <translation>Cetak sertifikat</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/clerk_page.py" line="438" />
        <source>Printing on {printer}</source>
        <translation>Mencetak ke {printer}</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/clerk_page.py" line="446" />
        <source>Save certificates as PDF</source>
        <translation>Simpan sertifikat sebagai PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/clerk_page.py" line="446" />
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/clerk_page.py" line="453" />
        <source>Saving {file}</source>
        <translation>Menyimpan {file}</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/clerk_page.py" line="466" />
        <source>{count} certificates sent to {printer} and marked printed.</source>
        <translation>{count} sertifikat dikirim ke {printer} dan ditandai tercetak.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/clerk_page.py" line="468" />
        <source>{count} certificates saved to {printer} and marked printed.</source>
        <translation>{count} sertifikat disimpan ke {printer} dan ditandai tercetak.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/clerk_page.py" line="470" />
        <source>The draft went to {printer}; a draft is never marked printed.</source>
        <translation>Draf dikirim ke {printer}; draf tidak pernah dicatat sebagai tercetak.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/clerk_page.py" line="478" />
        <source>Cancelled: nothing was written and nothing was marked printed.</source>
        <translation>Dibatalkan: tidak ada yang ditulis dan tidak ada yang ditandai tercetak.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/clerk_page.py" line="480" />
        <source>Something went wrong and nothing was marked printed ({error}). The details are in the log file.</source>
        <translation>Terjadi kesalahan dan tidak ada yang ditandai tercetak ({error}). Rinciannya ada di berkas log.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/dashboard.py" line="158" />
        <source>Check-ins per 5 minutes</source>
        <translation>Registrasi per 5 menit</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/dashboard.py" line="230" />
        <source>No event</source>
        <translation>Belum ada acara</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/dashboard.py" line="235" />
        <source>have pledged ({percent}%)</source>
        <translation>sudah berikrar ({percent}%)</translation>
    </message>
</context>
<context>
    <name>DraftQuestion</name>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/draft_question.py" line="20" />
        <source>the agency's logo</source>
        <translation>logo instansi</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/draft_question.py" line="21" />
        <source>the official's signature</source>
        <translation>tanda tangan pejabat</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/draft_question.py" line="23" />
        <source>the seal</source>
        <translation>cap dinas</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/draft_question.py" line="25" />
        <source>Prepare a draft?</source>
        <translation>Siapkan draf?</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/draft_question.py" line="26" />
        <source>Final certificates need {missing}; an administrator adds them on the Event page. Prepare a draft instead? Draft pages say DRAF, carry no verification code and are not marked printed.</source>
        <translation>Sertifikat final memerlukan {missing}; administrator menambahkannya di halaman Acara. Siapkan draf saja? Halaman draf bertanda DRAF, tanpa kode verifikasi, dan tidak dicatat sebagai tercetak.</translation>
    </message>
</context>
<context>
    <name>DuplicatePanel</name>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/attendee_card.py" line="182" />
        <source>Already signed — nothing new was recorded</source>
        <translation>Sudah menandatangani — tidak ada yang dicatat lagi</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/attendee_card.py" line="189" />
        <source>OK, next person</source>
        <translation>OK, peserta berikutnya</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/attendee_card.py" line="214" />
        <source>When: {when}</source>
        <translation>Kapan: {when}</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/attendee_card.py" line="215" />
        <source>Where: {station}</source>
        <translation>Di mana: {station}</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/attendee_card.py" line="216" />
        <source>How: {method}</source>
        <translation>Cara: {method}</translation>
    </message>
</context>
<context>
    <name>EventHeader</name>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/event_header.py" line="85" />
        <source>Expected</source>
        <translation>Terdaftar</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/event_header.py" line="86" />
        <source>Signed</source>
        <translation>Sudah tanda tangan</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/event_header.py" line="87" />
        <source>Walk-ins</source>
        <translation>Datang langsung</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/event_header.py" line="88" />
        <source>Duplicates</source>
        <translation>Ganda</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/event_header.py" line="94" />
        <source>No event yet — create one with &lt;b&gt;ikrar event create&lt;/b&gt; or open the demo with &lt;b&gt;ikrar demo&lt;/b&gt;.</source>
        <translation>Belum ada acara — buat dengan &lt;b&gt;ikrar event create&lt;/b&gt; atau buka demo dengan &lt;b&gt;ikrar demo&lt;/b&gt;.</translation>
    </message>
</context>
<context>
    <name>EventPage</name>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="101" />
        <source>No event yet — create one with &lt;b&gt;ikrar event create&lt;/b&gt; or open the demo with &lt;b&gt;ikrar demo&lt;/b&gt;.</source>
        <translation>Belum ada acara — buat dengan &lt;b&gt;ikrar event create&lt;/b&gt; atau buka demo dengan &lt;b&gt;ikrar demo&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="117" />
        <source>the place on certificates, e.g. Sumedang</source>
        <translation>tempat pada sertifikat, mis. Sumedang</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="122" />
        <source>One line per line of the letterhead</source>
        <translation>Satu baris untuk setiap baris kop surat</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="124" />
        <source>no logo</source>
        <translation>tanpa logo</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="134" />
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="140" />
        <source>Add witness</source>
        <translation>Tambah saksi</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="142" />
        <source>Remove witness</source>
        <translation>Hapus saksi</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="147" />
        <source>e.g. https://bkpsdm.example.go.id/ikrar/ (empty: the QR holds only the code)</source>
        <translation>mis. https://bkpsdm.example.go.id/ikrar/ (kosong: QR hanya memuat kode)</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="149" />
        <source>{seq}: number at this station, {station}: station code (both required); also {year}, {month}, {roman_month}.</source>
        <translation>{seq}: nomor urut di perangkat ini, {station}: kode perangkat (keduanya wajib); juga {year}, {month}, {roman_month}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="153" />
        <source>Only signed badges check people in</source>
        <translation>Hanya kartu bertanda tangan digital yang diterima</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="154" />
        <source>Walk-ins allowed</source>
        <translation>Peserta tambahan diterima</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="155" />
        <source>Keep pen timing and pressure (biometrics)</source>
        <translation>Simpan waktu dan tekanan pena (biometrik)</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="159" />
        <source> days</source>
        <translation> hari</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="166" />
        <source>Changing the text after the first signature makes a new version: whoever signed keeps the text they signed, on their certificate too.</source>
        <translation>Mengubah teks setelah tanda tangan pertama membuat versi baru: setiap penanda tangan tetap memegang teks yang ditandatanganinya, juga pada sertifikatnya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="170" />
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="173" />
        <source>Undo changes</source>
        <translation>Batalkan perubahan</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="177" />
        <source>Save badge sheets (PDF)…</source>
        <translation>Simpan lembar kartu (PDF)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="179" />
        <source>Print badge sheets…</source>
        <translation>Cetak lembar kartu…</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="201" />
        <source>Event</source>
        <translation>Acara</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="202" />
        <source>Name of the event</source>
        <translation>Nama acara</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="203" />
        <source>Date and time</source>
        <translation>Tanggal dan jam</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="204" />
        <source>Time zone</source>
        <translation>Zona waktu</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="204" />
        <source>City</source>
        <translation>Kota</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="205" />
        <source>Venue</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="205" />
        <source>Agency</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="206" />
        <source>Organising unit</source>
        <translation>Unit penyelenggara</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="207" />
        <source>Letterhead</source>
        <translation>Kop surat</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="208" />
        <source>Lines</source>
        <translation>Baris</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="208" />
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="210" />
        <source>Witnesses</source>
        <translation>Saksi</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="214" />
        <source>Certificates</source>
        <translation>Sertifikat</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="215" />
        <source>Numbering</source>
        <translation>Penomoran</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="216" />
        <source>Verification page</source>
        <translation>Halaman verifikasi</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="217" />
        <source>Policies</source>
        <translation>Kebijakan</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="219" />
        <source>Keep biometrics for</source>
        <translation>Simpan biometrik selama</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="227" />
        <source>Pledge</source>
        <translation>Ikrar</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="421" />
        <source>Badges are signed with the agency key, and this computer does not hold it. Print the badges on the hub's computer, which keeps the agency key.</source>
        <translation>Kartu peserta ditandatangani dengan kunci instansi, dan kunci itu tidak ada di komputer ini. Cetak kartu peserta di komputer hub, yang menyimpan kunci instansi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="226" />
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="443" />
        <source>Badge sheets</source>
        <translation>Lembar kartu peserta</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="134" />
        <source>Institution</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="134" />
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="226" />
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="293" />
        <source>All units on the roster</source>
        <translation>Semua unit kerja</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="295" />
        <source>(no unit)</source>
        <translation>(tanpa unit)</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="300" />
        <source>Version {version}: {signed} signed this text.</source>
        <translation>Versi {version}: {signed} orang menandatangani teks ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="303" />
        <source>{earlier} signed earlier versions and keep them.</source>
        <translation>{earlier} orang menandatangani versi sebelumnya dan tetap memegangnya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="334" />
        <source>Witness {row} has no name: give one, or remove the row.</source>
        <translation>Saksi {row} belum bernama: isi namanya, atau hapus barisnya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="343" />
        <source>The event needs a title.</source>
        <translation>Acara harus memiliki judul.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="348" />
        <source>The numbering pattern {pattern} cannot be used; see the fields listed under it. ({reason})</source>
        <translation>Pola penomoran {pattern} tidak dapat dipakai; lihat kolom yang tercantum di bawahnya. ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="354" />
        <source>The verification page address cannot be used: write it in full, e.g. https://bkpsdm.example.go.id/ikrar/ ({reason}).</source>
        <translation>Alamat halaman verifikasi tidak dapat dipakai: tulis lengkap, mis. https://bkpsdm.example.go.id/ikrar/ ({reason}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="385" />
        <source>The pledge text cannot be used: {reason}</source>
        <translation>Teks ikrar tidak dapat dipakai: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="396" />
        <source>Nothing was saved: {reason}</source>
        <translation>Tidak ada yang disimpan: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="402" />
        <source>Nothing changed.</source>
        <translation>Tidak ada yang berubah.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="404" />
        <source>The event was saved.</source>
        <translation>Acara sudah disimpan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="406" />
        <source>The pledge is now version {version}. Stations show the new text once they have synced.</source>
        <translation>Ikrar sekarang versi {version}. Perangkat lain menampilkan teks baru setelah tersinkron.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="427" />
        <source>Agency key</source>
        <translation>Kunci instansi</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="427" />
        <source>Passphrase of the agency key:</source>
        <translation>Frasa sandi kunci instansi:</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="438" />
        <source>Save badge sheets</source>
        <translation>Simpan lembar kartu</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="439" />
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="452" />
        <source>Print badge sheets</source>
        <translation>Cetak lembar kartu</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="457" />
        <source>Printing badge sheets</source>
        <translation>Mencetak lembar kartu</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="464" />
        <source>{count} badges on {pages} pages: {where}.</source>
        <translation>{count} kartu pada {pages} halaman: {where}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="469" />
        <source>Something went wrong ({error}). The details are in the log file.</source>
        <translation>Terjadi kesalahan ({error}). Rinciannya ada di berkas log.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/first_run.py" line="124" />
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/first_run.py" line="85" />
        <location filename="../../desktop/ikrar/ui/admin/first_run.py" line="108" />
        <source>Welcome to Ikrar</source>
        <translation>Selamat datang di Ikrar</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/first_run.py" line="111" />
        <source>This computer has no event yet. How do you want to start?</source>
        <translation>Komputer ini belum memiliki acara. Bagaimana Anda ingin memulai?</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/first_run.py" line="114" />
        <source>Create an event (administrator)</source>
        <translation>Buat acara (administrator)</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/first_run.py" line="115" />
        <source>Join a hub with a code (station)</source>
        <translation>Bergabung ke hub dengan kode (perangkat)</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/first_run.py" line="116" />
        <source>Open the demo</source>
        <translation>Buka demo</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/first_run.py" line="131" />
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/first_run.py" line="141" />
        <source>e.g. Deklarasi Netralitas ASN</source>
        <translation>mis. Deklarasi Netralitas ASN</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/first_run.py" line="150" />
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/first_run.py" line="151" />
        <source>Date and time</source>
        <translation>Tanggal dan jam</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/first_run.py" line="152" />
        <source>Time zone</source>
        <translation>Zona waktu</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/first_run.py" line="153" />
        <source>City (on certificates)</source>
        <translation>Kota (pada sertifikat)</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/first_run.py" line="154" />
        <source>Venue</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/first_run.py" line="157" />
        <source>Create event</source>
        <translation>Buat acara</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/first_run.py" line="168" />
        <source>Join</source>
        <translation>Bergabung</translation>
    </message>
</context>
<context>
    <name>ForgetEventButton</name>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/forget_event.py" line="24" />
        <source>Forget personal data here…</source>
        <translation>Lupakan data pribadi di sini…</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/forget_event.py" line="25" />
        <source>Remove this event's names, NIPs, signatures and certificates from this station once the hub holds all of them; the counts stay.</source>
        <translation>Hapus nama, NIP, tanda tangan, dan sertifikat acara ini dari perangkat ini setelah hub menyimpan semuanya; jumlahnya tetap ada.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/forget_event.py" line="41" />
        <source>Set an administrator PIN first (Station ▸ Role PINs…): forgetting an event needs it.</source>
        <translation>Atur dulu PIN administrator (Perangkat ▸ PIN peran…): melupakan acara memerlukannya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/forget_event.py" line="45" />
        <source>Administrator PIN to remove “{title}” and its people's personal data from this station:</source>
        <translation>PIN administrator untuk menghapus “{title}” dan data pribadi pesertanya dari perangkat ini:</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/forget_event.py" line="54" />
        <source>Forgetting the event</source>
        <translation>Melupakan acara</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/forget_event.py" line="65" />
        <source>Forgotten here: {checked} check-ins and {roster} people on the roster; the counts stay for the dashboard.</source>
        <translation>Sudah dilupakan di sini: {checked} kehadiran dan {roster} orang dalam daftar peserta; jumlahnya tetap tampil di dasbor.</translation>
    </message>
</context>
<context>
    <name>ImageField</name>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_image.py" line="46" />
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_image.py" line="53" />
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_image.py" line="55" />
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_image.py" line="90" />
        <source>Choose an image</source>
        <translation>Pilih gambar</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_image.py" line="91" />
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Gambar (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_image.py" line="98" />
        <source>{file} is not an image Ikrar can use (damaged, or not a PNG or JPEG picture). Choose a PNG file.</source>
        <translation>{file} bukan gambar yang dapat dipakai Ikrar (rusak, atau bukan gambar PNG atau JPEG). Pilih berkas PNG.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_image.py" line="103" />
        <source>The seal {file} has no transparent background, so it would hide the official's signature under it. Save it as a PNG with transparency.</source>
        <translation>Cap {file} tidak berlatar transparan, sehingga akan menutupi tanda tangan pejabat di bawahnya. Simpan sebagai PNG dengan latar transparan.</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/import_dialog.py" line="188" />
        <source>An import is already running.</source>
        <translation>Impor lain masih berjalan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/import_dialog.py" line="192" />
        <location filename="../../desktop/ikrar/ui/admin/import_dialog.py" line="211" />
        <source>Import roster</source>
        <translation>Impor daftar pegawai</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/import_dialog.py" line="194" />
        <source>Rosters (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>Daftar pegawai (*.csv *.xlsx);;Berkas CSV (*.csv);;Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/import_dialog.py" line="209" />
        <source>Importing {file}…</source>
        <translation>Mengimpor {file}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/import_dialog.py" line="213" />
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/import_dialog.py" line="231" />
        <source>Cancelling the import…</source>
        <translation>Membatalkan impor…</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/import_dialog.py" line="247" />
        <source>Reading row {done}…</source>
        <translation>Membaca baris {done}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/import_dialog.py" line="252" />
        <source>Reading row {done} of {total}…</source>
        <translation>Membaca baris {done} dari {total}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/import_dialog.py" line="275" />
        <source>Import cancelled; nothing from the file was saved.</source>
        <translation>Impor dibatalkan; tidak ada data dari berkas itu yang disimpan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/import_dialog.py" line="279" />
        <source>The import stopped because of an unexpected error; nothing was written.

{error}

The details are in the log file.</source>
        <translation>Impor berhenti karena kesalahan yang tidak terduga; tidak ada yang disimpan.

{error}

Rinciannya ada di berkas log.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/import_dialog.py" line="283" />
        <source>Roster not imported</source>
        <translation>Daftar pegawai tidak diimpor</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/import_dialog.py" line="286" />
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/import_dialog.py" line="53" />
        <source>Roster import — {file}</source>
        <translation>Impor daftar pegawai — {file}</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/import_dialog.py" line="59" />
        <source>{imported} imported, {updated} updated, {unchanged} unchanged, {refused} refused</source>
        <translation>{imported} baru, {updated} diperbarui, {unchanged} tidak berubah, {refused} ditolak</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/import_dialog.py" line="72" />
        <source>The roster was saved.</source>
        <translation>Daftar pegawai sudah disimpan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/import_dialog.py" line="74" />
        <source>The roster was saved without the refused rows listed below.</source>
        <translation>Daftar pegawai sudah disimpan tanpa baris yang ditolak di bawah ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/import_dialog.py" line="77" />
        <source>Nothing was written: {refused} rows were refused. Correct them in the file and import it again, or import only the valid rows.</source>
        <translation>Tidak ada yang disimpan: {refused} baris ditolak. Perbaiki baris itu di berkas lalu impor lagi, atau impor baris yang valid saja.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/import_dialog.py" line="81" />
        <source>Nothing was written.</source>
        <translation>Tidak ada yang disimpan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/import_dialog.py" line="87" />
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/import_dialog.py" line="87" />
        <source>Field</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/import_dialog.py" line="87" />
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/import_dialog.py" line="109" />
        <source>Only the first {listed} of {total} problems are listed.</source>
        <translation>Hanya {listed} dari {total} masalah pertama yang ditampilkan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/import_dialog.py" line="118" />
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/import_dialog.py" line="122" />
        <source>Import the valid rows only</source>
        <translation>Impor baris yang valid saja</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/join_dialog.py" line="85" />
        <source>Join a hub</source>
        <translation>Bergabung ke hub</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/join_dialog.py" line="92" />
        <source>Join</source>
        <translation>Bergabung</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/join_dialog.py" line="92" />
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>JoinForm</name>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/join_dialog.py" line="49" />
        <source>Hub address</source>
        <translation>Alamat hub</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/join_dialog.py" line="50" />
        <source>Code from the administrator</source>
        <translation>Kode dari administrator</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/join_dialog.py" line="68" />
        <source>Enter the hub's address and the code you were given.</source>
        <translation>Isi alamat hub dan kode yang Anda terima.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/join_dialog.py" line="72" />
        <source>Joining the hub…</source>
        <translation>Sedang bergabung ke hub…</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/join_dialog.py" line="73" />
        <source>Joining the hub</source>
        <translation>Bergabung ke hub</translation>
    </message>
</context>
<context>
    <name>KioskGuard</name>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/kiosk.py" line="198" />
        <source>This screen is locked for attendees. Staff: enter the operator or administrator PIN to leave it.</source>
        <translation>Layar ini terkunci untuk peserta. Petugas: masukkan PIN operator atau administrator untuk keluar.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="136" />
        <source>Settings…</source>
        <translation>Pengaturan…</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="119" />
        <source>Import roster…</source>
        <translation>Impor daftar pegawai…</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="121" />
        <source>Read employees from a CSV or Excel (XLSX) file</source>
        <translation>Baca data pegawai dari berkas CSV atau Excel (XLSX)</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="124" />
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="128" />
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="132" />
        <source>Find employee</source>
        <translation>Cari pegawai</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="141" />
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="146" />
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="154" />
        <source>Main toolbar</source>
        <translation>Bilah alat utama</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="185" />
        <source>demo</source>
        <translation>demo</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="205" />
        <source>Please wait: the roster import is still running.</source>
        <translation>Mohon tunggu: impor daftar pegawai masih berjalan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="218" />
        <source>Please wait, or press Cancel: certificates or badges are still being made.</source>
        <translation>Mohon tunggu, atau tekan Batal: sertifikat atau kartu masih sedang dibuat.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="253" />
        <source>Registration desk</source>
        <translation>Meja registrasi</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="254" />
        <source>Roster</source>
        <translation>Daftar pegawai</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="255" />
        <source>Certificates</source>
        <translation>Sertifikat</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="256" />
        <source>Verify</source>
        <translation>Verifikasi</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="257" />
        <source>Event</source>
        <translation>Acara</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="258" />
        <source>Dashboard</source>
        <translation>Dasbor</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="259" />
        <source>Reconciliation</source>
        <translation>Rekonsiliasi</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="260" />
        <source>Audit trail</source>
        <translation>Jejak audit</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="270" />
        <source>Lock</source>
        <translation>Kunci</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="272" />
        <source>Leave this role; the next person signs in with a PIN</source>
        <translation>Keluar dari peran ini; orang berikutnya masuk dengan PIN</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="275" />
        <source>Self-service kiosk</source>
        <translation>Kios mandiri</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="276" />
        <source>Attendees scan their own badge and sign; staff leave the kiosk with their PIN</source>
        <translation>Peserta memindai kartunya sendiri dan menandatangani; petugas keluar dari kios dengan PIN</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="279" />
        <source>Show attendee screen</source>
        <translation>Tampilkan layar peserta</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="283" />
        <source>Operator laptop + attendee screen</source>
        <translation>Laptop operator + layar peserta</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="284" />
        <source>One self-service tablet</source>
        <translation>Satu tablet mandiri</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="293" />
        <source>Sound on success, duplicate and error</source>
        <translation>Bunyi saat berhasil, ganda, dan galat</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="297" />
        <source>Close check-in for this event</source>
        <translation>Tutup registrasi acara ini</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="300" />
        <source>Role PINs…</source>
        <translation>PIN peran…</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="308" />
        <source>&amp;Station</source>
        <translation>&amp;Perangkat</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="311" />
        <source>Layout</source>
        <translation>Tata letak</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="332" />
        <source>This page is not open to your role.</source>
        <translation>Halaman ini tidak terbuka untuk peran Anda.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="375" />
        <source>Role: {role}</source>
        <translation>Peran: {role}</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="376" />
        <source>Locked</source>
        <translation>Terkunci</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="408" />
        <source>PIN for {role}:</source>
        <translation>PIN untuk {role}:</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="460" />
        <source>Set an operator or administrator PIN first (Station ▸ Role PINs…): the kiosk is left with it.</source>
        <translation>Atur dulu PIN operator atau administrator (Perangkat ▸ PIN peran…): PIN itu dipakai untuk keluar dari kios.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="490" />
        <source>A badge was scanned, but the registration desk is not open to your role.</source>
        <translation>Sebuah kartu dipindai, tetapi meja registrasi tidak terbuka untuk peran Anda.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="17" />
        <source>{folder} holds real data, not a demo. Demo data never mixes with real data: choose an empty folder for the demo.</source>
        <translation>{folder} berisi data sungguhan, bukan demo. Data demo tidak pernah dicampur dengan data sungguhan: pilih folder kosong untuk demo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="19" />
        <source>This data folder already holds events or employees; the demo only fills an empty folder, so demo data never mixes with real data.</source>
        <translation>Folder data ini sudah berisi acara atau pegawai; demo hanya mengisi folder kosong, agar data demo tidak tercampur dengan data sungguhan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="21" />
        <source>“{text}” is not a date; write it as 2024-07-10 or 2024-07-10T08:00.</source>
        <translation>“{text}” bukan tanggal; tulis sebagai 2024-07-10 atau 2024-07-10T08:00.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="23" />
        <source>Cannot use the pledge file {pledge_file}: {reason}</source>
        <translation>Berkas teks ikrar {pledge_file} tidak dapat dipakai: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="25" />
        <source>“{item}”: write it as OLD=NEW.</source>
        <translation>“{item}”: tulis sebagai LAMA=BARU.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="27" />
        <source>Give the output (a PDF file or a folder) or a printer.</source>
        <translation>Sebutkan keluaran (berkas PDF atau folder) atau printer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="29" />
        <source>A reprint makes a copy of one certificate; leave out the event, unit and not-printed filters.</source>
        <translation>Cetak ulang membuat salinan satu sertifikat; jangan pakai saringan acara, unit, dan belum dicetak.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="31" />
        <source>Cannot read the passphrase file {source}: {reason}.</source>
        <translation>Berkas frasa sandi {source} tidak dapat dibaca: {reason}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="33" />
        <source>The passphrase file {source} is empty; its first line is used.</source>
        <translation>Berkas frasa sandi {source} kosong; baris pertamanya yang dipakai.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="35" />
        <source>No passphrase for the new agency key: give a passphrase file or {env}, or choose to store it unencrypted.</source>
        <translation>Tidak ada frasa sandi untuk kunci instansi yang baru: berikan berkas frasa sandi atau {env}, atau pilih menyimpannya tanpa enkripsi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="37" />
        <source>Empty passphrase; choose to store the key unencrypted instead.</source>
        <translation>Frasa sandi kosong; pilih menyimpan kunci tanpa enkripsi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="39" />
        <source>The two passphrases differ; no key was created.</source>
        <translation>Kedua frasa sandi berbeda; tidak ada kunci yang dibuat.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="41" />
        <source>Cannot write {file}: {reason}.</source>
        <translation>Tidak dapat menulis {file}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="42" />
        <source>Cannot read {file}: {reason}.</source>
        <translation>Tidak dapat membaca {file}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="43" />
        <source>“{target}” is neither a file nor a certificate or badge code.</source>
        <translation>“{target}” bukan berkas, bukan pula kode sertifikat atau kartu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="45" />
        <source>{reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="46" />
        <source>“{item}”: write a witness as INSTITUTION|POSITION|NAME.</source>
        <translation>“{item}”: tulis saksi sebagai INSTANSI|JABATAN|NAMA.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="48" />
        <source>“{text}”: a NIP has 18 digits.</source>
        <translation>“{text}”: NIP terdiri atas 18 angka.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="49" />
        <source>Say what to change in the event.</source>
        <translation>Sebutkan apa yang diubah pada acara.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="50" />
        <source>There is no printer named “{printer}”. Nothing was printed.</source>
        <translation>Tidak ada printer bernama “{printer}”. Tidak ada yang dicetak.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="52" />
        <source>Printing needs CUPS, and its “{name}” command is not installed on this computer. Install CUPS, or save the certificates as PDF and print that file.</source>
        <translation>Pencetakan memerlukan CUPS, dan perintah “{name}” tidak terpasang di komputer ini. Pasang CUPS, atau simpan sertifikat sebagai PDF lalu cetak berkas itu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="55" />
        <source>The print system did not answer within {seconds} s ({command}). Check that CUPS is running; nothing was marked printed.</source>
        <translation>Sistem cetak tidak menjawab dalam {seconds} detik ({command}). Periksa apakah CUPS berjalan; tidak ada yang ditandai sudah dicetak.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="57" />
        <source>Cannot run {command}: {reason}.</source>
        <translation>Tidak dapat menjalankan {command}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="58" />
        <source>Cannot list printers: {reason}. Is CUPS running?</source>
        <translation>Daftar printer tidak dapat dibaca: {reason}. Apakah CUPS berjalan?</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="60" />
        <source>Nothing to print.</source>
        <translation>Tidak ada yang perlu dicetak.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="61" />
        <source>There is no printer named “{queue}” (printers on this computer: {there}). Nothing was printed.</source>
        <translation>Tidak ada printer bernama “{queue}” (printer di komputer ini: {there}). Tidak ada yang dicetak.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="63" />
        <source>The file to print, {path}, does not exist.</source>
        <translation>Berkas yang akan dicetak, {path}, tidak ada.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="65" />
        <source>Printer “{queue}” refused the job: {reason}. Nothing was printed.</source>
        <translation>Printer “{queue}” menolak pekerjaan cetak: {reason}. Tidak ada yang dicetak.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="67" />
        <source>This data folder holds the agency key {key_id} ({own}); it cannot trust another agency key ({other}) instead.</source>
        <translation>Folder data ini menyimpan kunci instansi {key_id} ({own}); folder ini tidak dapat mempercayai kunci instansi lain ({other}) sebagai gantinya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="69" />
        <source>{source} is not a public key file (it is damaged or another kind of file). Ask the administrator for the agency's public key file.</source>
        <translation>{source} bukan berkas kunci publik (rusak atau berkas jenis lain). Mintalah berkas kunci publik instansi kepada administrator.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="72" />
        <source>{source} holds a {kind}-type key, not an Ikrar agency public key.</source>
        <translation>{source} berisi kunci jenis {kind}, bukan kunci publik instansi Ikrar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="74" />
        <source>Cannot write the key file {path}: {reason}. Check the folder's permissions and free space.</source>
        <translation>Berkas kunci {path} tidak dapat ditulis: {reason}. Periksa izin folder dan ruang kosong disk.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="76" />
        <source>The key file {path} does not exist.</source>
        <translation>Berkas kunci {path} tidak ada.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="77" />
        <source>Cannot read the key file {path}: {reason}.</source>
        <translation>Berkas kunci {path} tidak dapat dibaca: {reason}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="78" />
        <source>The key file {path} is protected by a passphrase; give the passphrase.</source>
        <translation>Berkas kunci {path} dilindungi frasa sandi; masukkan frasa sandinya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="80" />
        <source>Wrong passphrase for the key file {path} (or the file is damaged). Check the passphrase and try again.</source>
        <translation>Frasa sandi untuk berkas kunci {path} salah (atau berkasnya rusak). Periksa frasa sandi lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="82" />
        <source>The key file {path} is damaged or not a private key. Restore it from your backup; without it, nothing new can be signed with this key.</source>
        <translation>Berkas kunci {path} rusak atau bukan kunci privat. Pulihkan dari cadangan; tanpa berkas ini tidak ada yang dapat ditandatangani lagi dengan kunci ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="85" />
        <source>The key file {path} holds a key that is not Ed25519.</source>
        <translation>Berkas kunci {path} berisi kunci yang bukan Ed25519.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="87" />
        <source>An agency key already exists at {path}. Keep it: badges and certificates signed with it verify only with it.</source>
        <translation>Kunci instansi sudah ada di {path}. Simpanlah: kartu dan sertifikat yang ditandatangani dengannya hanya dapat diverifikasi dengan kunci itu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="89" />
        <source>There is no agency key at {path}. Create it on the administrator's machine (or use the data folder that holds the key).</source>
        <translation>Tidak ada kunci instansi di {path}. Buat kunci di komputer administrator (atau pakai folder data yang menyimpan kunci itu).</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="91" />
        <source>The key file {path} is another agency's key (key id {key_id}); this data folder trusts key id {expected} ({public_path}). Put back the right key file.</source>
        <translation>Berkas kunci {path} adalah kunci instansi lain (id kunci {key_id}); folder data ini mempercayai id kunci {expected} ({public_path}). Kembalikan berkas kunci yang benar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="94" />
        <source>There is no agency public key at {path}. Ask the administrator for the agency's public key file.</source>
        <translation>Tidak ada kunci publik instansi di {path}. Mintalah berkas kunci publik instansi kepada administrator.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="96" />
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="185" />
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="272" />
        <source>Cannot read {path}: {reason}.</source>
        <translation>Tidak dapat membaca {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="97" />
        <source>Station “{station}” has no certificate from the agency yet, so it cannot sign certificates. Certify the station with the agency key, or enrol it with the hub.</source>
        <translation>Stasiun “{station}” belum memiliki sertifikat dari instansi, sehingga belum dapat menandatangani sertifikat. Sertifikasi stasiun dengan kunci instansi, atau daftarkan ke hub.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="108" />
        <source>There are no employees to print badges for.</source>
        <translation>Tidak ada pegawai yang kartunya perlu dicetak.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="110" />
        <source>Cannot write {out}: {reason}. Choose another file or folder.</source>
        <translation>Tidak dapat menulis {out}: {reason}. Pilih berkas atau folder lain.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="112" />
        <source>There are no employees{where} {what}; nothing to print.</source>
        <translation>Tidak ada pegawai{where} {what}; tidak ada yang dicetak.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="114" />
        <source>Final certificates need the agency's logo, the official's signature and the seal; missing: {missing}. Add them on the event page, or print a draft.</source>
        <translation>Sertifikat final memerlukan logo instansi, tanda tangan pejabat, dan cap dinas; belum ada: {missing}. Tambahkan di halaman Acara, atau cetak draf.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="117" />
        <source>Event “{title}” has no presiding official: certificates need the official's title and name. Set them on the event page.</source>
        <translation>Acara “{title}” belum memiliki pejabat yang mengambil sumpah: sertifikat memerlukan jabatan dan nama pejabat. Isikan di halaman acara.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="119" />
        <source>No certificates to print ({what}): every certificate was printed already.</source>
        <translation>Tidak ada sertifikat untuk dicetak ({what}): semua sertifikat sudah dicetak.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="121" />
        <source>No certificates to print ({what}): nobody has signed yet.</source>
        <translation>Tidak ada sertifikat untuk dicetak ({what}): belum ada yang menandatangani.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="123" />
        <source>Certificate {number} is void ({void_reason}); it cannot be reprinted.</source>
        <translation>Sertifikat {number} sudah dibatalkan ({void_reason}); tidak dapat dicetak ulang.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="125" />
        <source>Certificate {number} was never printed; print it normally instead of as a copy.</source>
        <translation>Sertifikat {number} belum pernah dicetak; cetak seperti biasa, bukan sebagai salinan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="127" />
        <source>Certificate {number} has no stored signature; it cannot print.</source>
        <translation>Sertifikat {number} tidak memiliki tanda tangan tersimpan; tidak dapat dicetak.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="129" />
        <source>No certificates to print.</source>
        <translation>Tidak ada sertifikat untuk dicetak.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="130" />
        <source>There is no event to print certificates for.</source>
        <translation>Belum ada acara untuk dicetak sertifikatnya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="131" />
        <source>Cannot write {out}: {reason}. Nothing was marked printed.</source>
        <translation>Tidak dapat menulis {out}: {reason}. Tidak ada yang ditandai sudah dicetak.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="133" />
        <source>Cannot write certificates into {folder}: {reason}. Choose another folder; nothing was printed.</source>
        <translation>Sertifikat tidak dapat ditulis ke {folder}: {reason}. Pilih folder lain; tidak ada yang dicetak.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="135" />
        <source>A process drawing certificates stopped unexpectedly (out of memory?). Nothing was marked printed; try a smaller batch, e.g. one unit.</source>
        <translation>Proses pembuat sertifikat berhenti tiba-tiba (memori habis?). Tidak ada yang ditandai sudah dicetak; coba kelompok yang lebih kecil, misalnya satu unit.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="138" />
        <source>Cancelled: no certificate file was written, nothing marked printed.</source>
        <translation>Dibatalkan: tidak ada berkas sertifikat yang ditulis, tidak ada yang ditandai sudah dicetak.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="140" />
        <source>No printed certificates to copy with these filters.</source>
        <translation>Tidak ada sertifikat tercetak yang dapat disalin dengan saringan ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="145" />
        <source>The pledge text is too long to fit on the certificate page even in small type. Shorten the pledge on the event page.</source>
        <translation>Teks ikrar terlalu panjang untuk halaman sertifikat, bahkan dengan huruf kecil. Persingkat teks ikrar di halaman acara.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="147" />
        <source>The stored signature for certificate {number} cannot be read ({reason}).</source>
        <translation>Tanda tangan tersimpan untuk sertifikat {number} tidak dapat dibaca ({reason}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="149" />
        <source>There is no certificate numbered “{number}” on this station.</source>
        <translation>Tidak ada sertifikat bernomor “{number}” di stasiun ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="151" />
        <source>A certificate number from pattern “{pattern}” already exists ({reason}). Another station may share this station's code {code}; rename one of them.</source>
        <translation>Nomor sertifikat dari pola “{pattern}” sudah ada ({reason}). Mungkin stasiun lain memakai kode stasiun yang sama, {code}; ganti nama salah satunya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="154" />
        <source>Say why the certificate is voided; the reason is kept.</source>
        <translation>Sebutkan alasan sertifikat dibatalkan; alasannya disimpan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="156" />
        <source>Certificate {number} is already void.</source>
        <translation>Sertifikat {number} sudah dibatalkan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="158" />
        <source>The certificate font {filename} cannot be loaded ({reason}). Reinstall Ikrar.</source>
        <translation>Huruf sertifikat {filename} tidak dapat dimuat ({reason}). Pasang ulang Ikrar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="160" />
        <source>Cannot write {out}: the report is made as .pdf, .xlsx or .csv (not {suffix}).</source>
        <translation>Tidak dapat menulis {out}: rekap dibuat sebagai .pdf, .xlsx, atau .csv (bukan {suffix}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="162" />
        <source>Cannot write the report to {out}: it is a folder. Give a file name, e.g. rekap.xlsx.</source>
        <translation>Rekap tidak dapat ditulis ke {out}: itu sebuah folder. Berikan nama berkas, misalnya rekap.xlsx.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="164" />
        <source>Cannot write the report {out}: {reason}. Choose a folder you may write to.</source>
        <translation>Rekap {out} tidak dapat ditulis: {reason}. Pilih folder yang boleh ditulisi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="166" />
        <source>Cannot write the report {out}: {reason}. If the file is open in another program (Excel), close it and try again.</source>
        <translation>Rekap {out} tidak dapat ditulis: {reason}. Jika berkas sedang dibuka di program lain (Excel), tutup lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="168" />
        <source>The {what} image {path} does not exist.</source>
        <translation>Gambar {what} {path} tidak ada.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="169" />
        <source>Cannot read the {what} image {path}: {reason}.</source>
        <translation>Gambar {what} {path} tidak dapat dibaca: {reason}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="171" />
        <source>The {what} image {path} is over 20 MB; use a smaller PNG.</source>
        <translation>Gambar {what} {path} lebih dari 20 MB; pakai PNG yang lebih kecil.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="173" />
        <source>The {what} image {path} is damaged or not an image ({reason}). Replace it with a PNG file.</source>
        <translation>Gambar {what} {path} rusak atau bukan gambar ({reason}). Ganti dengan berkas PNG.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="175" />
        <source>The {what} image {path} has no transparent background, so it would hide the signature under it. Save it as a PNG with transparency.</source>
        <translation>Gambar {what} {path} tidak berlatar transparan, sehingga akan menutupi tanda tangan di bawahnya. Simpan sebagai PNG dengan transparansi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="178" />
        <source>Reading QR codes from files needs the zxing-cpp package; you can still paste the code's text instead of a file.</source>
        <translation>Membaca kode QR dari berkas memerlukan paket zxing-cpp; Anda tetap dapat menempelkan teks kodenya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="180" />
        <source>{path} is not a readable PDF (damaged, or protected by a password). {reason}</source>
        <translation>{path} bukan PDF yang dapat dibaca (rusak, atau dilindungi kata sandi). {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="182" />
        <source>{path} is not an image Ikrar can read (use PNG or JPEG).</source>
        <translation>{path} bukan gambar yang dapat dibaca Ikrar (pakai PNG atau JPEG).</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="184" />
        <source>{path} does not exist or is not a file.</source>
        <translation>{path} tidak ada atau bukan berkas.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="197" />
        <source>{path}: found {found}, no Ikrar certificate or badge code. Use a sharper scan (at least 150 dpi), or scan the QR code itself.</source>
        <translation>{path}: ditemukan {found}, tetapi tidak ada kode sertifikat atau kartu Ikrar. Pakai hasil pindai yang lebih tajam (minimal 150 dpi), atau pindai kode QR-nya langsung.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="199" />
        <source>The numbering pattern “{pattern}” is not valid: {reason}.</source>
        <translation>Pola penomoran “{pattern}” tidak sah: {reason}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="201" />
        <source>The numbering pattern uses {field}; only {fields} can be used.</source>
        <translation>Pola penomoran memakai {field}; hanya {fields} yang dapat dipakai.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="203" />
        <source>The numbering pattern “{pattern}” must contain {{seq}} and {{station}}: stations print offline, and only the station code keeps their numbers apart.</source>
        <translation>Pola penomoran “{pattern}” harus memuat {{seq}} dan {{station}}: stasiun mencetak tanpa jaringan, dan hanya kode stasiun yang membuat nomornya tidak bentrok.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="206" />
        <source>Unknown check-in method “{method}”.</source>
        <translation>Cara registrasi “{method}” tidak dikenal.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="207" />
        <source>The pledge shown is not the event's current pledge text. Reload the event and sign again.</source>
        <translation>Ikrar yang ditampilkan bukan teks ikrar acara yang berlaku. Muat ulang acara lalu tanda tangani lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="209" />
        <source>The signature is empty or too small. Please sign again.</source>
        <translation>Tanda tangan kosong atau terlalu kecil. Silakan tanda tangan lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="211" />
        <source>NIP {nip} is not on this event's roster; register them as a walk-in.</source>
        <translation>NIP {nip} tidak ada di daftar peserta acara ini; daftarkan sebagai peserta tambahan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="213" />
        <source>NIP {nip} is not on this event's roster and this event does not allow walk-ins.</source>
        <translation>NIP {nip} tidak ada di daftar peserta acara ini dan acara ini tidak menerima peserta tambahan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="215" />
        <source>Already signed at this event: {when} at {where} (by {method}). Nothing new was recorded.</source>
        <translation>Sudah menandatangani di acara ini: {when} di {where} (melalui {method}). Tidak ada yang dicatat lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="217" />
        <source>Cannot create the data folder {path}: {reason}. Choose another folder.</source>
        <translation>Folder data {path} tidak dapat dibuat: {reason}. Pilih folder lain.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="219" />
        <source>The data folder {path} is read-only. Ikrar must be able to write there: choose another folder, or fix its permissions.</source>
        <translation>Folder data {path} hanya-baca. Ikrar harus dapat menulis di sana: pilih folder lain, atau perbaiki izinnya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="221" />
        <source>Cannot read the database {path}: {reason}.</source>
        <translation>Basis data {path} tidak dapat dibaca: {reason}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="229" />
        <source>The database {path} was written by a newer version of Ikrar (schema {version}; this program knows up to {known}). Install the newer Ikrar; nothing was changed.</source>
        <translation>Basis data {path} ditulis oleh Ikrar versi lebih baru (skema {version}; program ini hanya mengenal sampai {known}). Pasang Ikrar yang lebih baru; tidak ada yang diubah.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="232" />
        <source>The disk holding the Ikrar data folder is full. Nothing was saved. Free some space and try again.</source>
        <translation>Disk tempat folder data Ikrar penuh. Tidak ada yang disimpan. Kosongkan sebagian ruang lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="234" />
        <source>The Ikrar database is read-only. Nothing was saved. Check the folder's permissions or choose another data folder.</source>
        <translation>Basis data Ikrar hanya-baca. Tidak ada yang disimpan. Periksa izin folder atau pilih folder data lain.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="223" />
        <source>{path} is not an Ikrar database (it is damaged or another kind of file). Move it aside and restore the database from a copy{backups}, or start a new data folder.</source>
        <translation>{path} bukan basis data Ikrar (rusak atau berkas jenis lain). Pindahkan berkas itu dan pulihkan basis data dari salinan{backups}, atau mulai folder data baru.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="26" />
        <source>“{url}”: {reason}</source>
        <translation>“{url}”: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="100" />
        <source>The certificate of station “{station}” is damaged ({reason}). Join the hub again from this computer for a new one: File → Settings → Join again… (on the hub's own computer, the administrator certifies it again with the agency key).</source>
        <translation>Sertifikat stasiun “{station}” rusak ({reason}). Bergabunglah lagi ke hub dari komputer ini untuk mendapat yang baru: Berkas → Pengaturan → Bergabung lagi… (di komputer hub sendiri, administrator menyertifikasi ulang dengan kunci instansi).</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="104" />
        <source>The certificate of station “{station}” is for another key than {path} (the key file was replaced). Join the hub again from this computer for a new one: File → Settings → Join again… (on the hub's own computer, the administrator certifies it again with the agency key).</source>
        <translation>Sertifikat stasiun “{station}” untuk kunci lain, bukan {path} (berkas kunci telah diganti). Bergabunglah lagi ke hub dari komputer ini untuk mendapat yang baru: Berkas → Pengaturan → Bergabung lagi… (di komputer hub sendiri, administrator menyertifikasi ulang dengan kunci instansi).</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="142" />
        <source>All {count} certificates ({what}) were printed before: this batch would print only copies, each stamped SALINAN. Confirm to print the copies, or choose “Not printed yet”.</source>
        <translation>Semua {count} sertifikat ({what}) sudah pernah dicetak: batch ini hanya akan mencetak salinan, masing-masing dicap SALINAN. Konfirmasi untuk mencetak salinan, atau pilih “Belum dicetak”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="186" />
        <source>{path} is empty (0 bytes): it was not saved or copied completely. Save or scan it again.</source>
        <translation>{path} kosong (0 byte): berkas tidak tersimpan atau tersalin dengan lengkap. Simpan atau pindai ulang.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="188" />
        <source>{path} is {size} MB, more than Ikrar reads ({limit} MB). Split the PDF, or scan at 150-300 dpi.</source>
        <translation>{path} berukuran {size} MB, melebihi batas yang dibaca Ikrar ({limit} MB). Pecah PDF-nya, atau pindai pada 150-300 dpi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="190" />
        <source>{path} is an image of more than {limit} million pixels (a decompression bomb, or a scan at a needlessly high resolution). Scan at 150-300 dpi.</source>
        <translation>{path} adalah gambar lebih dari {limit} juta piksel (bom dekompresi, atau pindaian beresolusi terlalu tinggi). Pindai pada 150-300 dpi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="193" />
        <source>{path} is neither a PDF nor a picture (PNG, JPEG, TIFF, GIF, BMP, WebP), whatever its name says. Open the certificate's PDF or a photo or scan of it.</source>
        <translation>{path} bukan PDF maupun gambar (PNG, JPEG, TIFF, GIF, BMP, WebP), apa pun namanya. Buka PDF sertifikat, atau foto atau pindaiannya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="196" />
        <source>Cancelled.</source>
        <translation>Dibatalkan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="226" />
        <source>The database {path} is missing or empty, but this folder held a station's database; nothing was created in its place. Close Ikrar and restore the database from a copy{backups}, or use a new data folder.</source>
        <translation>Basis data {path} hilang atau kosong, padahal folder ini menyimpan basis data sebuah stasiun; tidak ada yang dibuat sebagai gantinya. Tutup Ikrar dan pulihkan basis data dari salinan{backups}, atau gunakan folder data baru.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="236" />
        <source>The Ikrar database is damaged. Close Ikrar and restore the database from a copy{backups}, or start a new data folder.</source>
        <translation>Basis data Ikrar rusak. Tutup Ikrar dan pulihkan basis data dari salinan{backups}, atau mulai folder data baru.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="238" />
        <source>Cannot create the database {path}: {reason}.</source>
        <translation>Basis data {path} tidak dapat dibuat: {reason}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="240" />
        <source>Cannot open the database {path}: {reason}</source>
        <translation>Basis data {path} tidak dapat dibuka: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="242" />
        <source>An event needs a title.</source>
        <translation>Acara harus memiliki judul.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="243" />
        <source>Unknown event field(s): {fields}.</source>
        <translation>Isian acara tidak dikenal: {fields}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="244" />
        <source>There is no event yet. Create one first.</source>
        <translation>Belum ada acara. Buat acara terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="245" />
        <source>{what} matches “{key}”.</source>
        <translation>{what} cocok dengan “{key}”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="246" />
        <source>The pledge text of event “{title}” does not match its recorded hash; it was changed outside Ikrar. Set the pledge text again on the event page.</source>
        <translation>Teks ikrar acara “{title}” tidak cocok dengan sidik yang tercatat; teks diubah di luar Ikrar. Isikan lagi teks ikrar di halaman acara.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="249" />
        <source>The pledge text cannot be used: {reason}</source>
        <translation>Teks ikrar tidak dapat dipakai: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="250" />
        <source>The pledge text signed with hash {hash}… is not stored on this station for event “{title}”. Sync this station with the hub (or import the latest bundle) so the earlier pledge version arrives, then print again.</source>
        <translation>Teks ikrar yang ditandatangani dengan sidik {hash}… belum tersimpan di stasiun ini untuk acara “{title}”. Sinkronkan stasiun ini dengan hub (atau impor bundel terbaru) agar versi ikrar sebelumnya tiba, lalu cetak lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="254" />
        <source>The stored pledge text for hash {hash}… of event “{title}” was altered: it no longer matches what was signed. Restore the database from a backup.</source>
        <translation>Teks ikrar tersimpan untuk sidik {hash}… acara “{title}” telah diubah: tidak lagi cocok dengan yang ditandatangani. Pulihkan basis data dari cadangan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="257" />
        <source>The event “{title}” has no roster yet: import the roster first, then make the recap.</source>
        <translation>Acara “{title}” belum memiliki daftar peserta: impor daftar peserta dahulu, lalu buat rekap.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="259" />
        <source>No one on the roster of “{title}” belongs to the unit “{unit}”. Check the spelling.</source>
        <translation>Tidak ada peserta acara “{title}” dari unit “{unit}”. Periksa ejaannya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="261" />
        <source>Unknown role “{role}”.</source>
        <translation>Peran “{role}” tidak dikenal.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="262" />
        <source>A PIN has digits only.</source>
        <translation>PIN hanya berisi angka.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="263" />
        <source>A PIN has {low} to {high} digits.</source>
        <translation>PIN terdiri atas {low} sampai {high} angka.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="264" />
        <source>The {role} role has no PIN yet.</source>
        <translation>Peran {role} belum memiliki PIN.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="265" />
        <source>No PIN is set for {roles}.</source>
        <translation>Belum ada PIN untuk {roles}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="266" />
        <source>Too many wrong PINs for the {role} role. Try again in {seconds} seconds.</source>
        <translation>Terlalu banyak PIN salah untuk peran {role}. Coba lagi dalam {seconds} detik.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="268" />
        <source>{file} is an old Excel 97-2003 file (.xls). Open it in Excel and save it as .xlsx or CSV UTF-8, then import again.</source>
        <translation>{file} adalah berkas Excel 97-2003 lama (.xls). Buka di Excel lalu simpan sebagai .xlsx atau CSV UTF-8, kemudian impor lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="270" />
        <source>{file} is not a CSV or XLSX file. Open it in Excel and save it as .xlsx or CSV UTF-8, then import again.</source>
        <translation>{file} bukan berkas CSV atau XLSX. Buka di Excel lalu simpan sebagai .xlsx atau CSV UTF-8, kemudian impor lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts_sync.py" line="8" />
        <source>The hub needs {package}, which a station install leaves out. Install the hub's packages with: pip install 'ikrar[hub]'</source>
        <translation>Hub memerlukan {package}, yang tidak dipasang pada perangkat meja. Pasang paket hub dengan: pip install 'ikrar[hub]'</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="273" />
        <source>The import was cancelled; nothing was written.</source>
        <translation>Impor dibatalkan; tidak ada yang disimpan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="275" />
        <source>{file} is empty. Export the roster again and import that file.</source>
        <translation>{file} kosong. Ekspor ulang daftar pegawai lalu impor berkas itu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="277" />
        <source>{file} is {size} MB; a roster can be at most {limit} MB. Remove columns Ikrar does not use or split it into several files.</source>
        <translation>{file} berukuran {size} MB; daftar pegawai paling besar {limit} MB. Hapus kolom yang tidak dipakai Ikrar atau pecah menjadi beberapa berkas.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="279" />
        <source>{file} is an old (.xls) or password-protected workbook. Remove the password and save it as .xlsx or CSV UTF-8.</source>
        <translation>{file} adalah buku kerja lama (.xls) atau dilindungi kata sandi. Hapus kata sandinya lalu simpan sebagai .xlsx atau CSV UTF-8.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="281" />
        <source>{file} is not a valid Excel workbook (it may be damaged). Open it in Excel and save it as .xlsx or CSV UTF-8, then import again.</source>
        <translation>{file} bukan buku kerja Excel yang sah (mungkin rusak). Buka di Excel lalu simpan sebagai .xlsx atau CSV UTF-8, kemudian impor lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="284" />
        <source>{file} cannot be read as an Excel workbook ({reason}). Open it in Excel and save it as .xlsx or CSV UTF-8, then import again.</source>
        <translation>{file} tidak dapat dibaca sebagai buku kerja Excel ({reason}). Buka di Excel lalu simpan sebagai .xlsx atau CSV UTF-8, kemudian impor lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="287" />
        <source>{file} has no header row with NIP and Nama columns in its first rows. Add a header row naming the columns (NIP, Nama, Gelar Depan, Gelar Belakang, Pangkat, Golongan, Jabatan, Unit Kerja) and import again.</source>
        <translation>{file} tidak memiliki baris judul dengan kolom NIP dan Nama di baris-baris pertamanya. Tambahkan baris judul yang menamai kolom (NIP, Nama, Gelar Depan, Gelar Belakang, Pangkat, Golongan, Jabatan, Unit Kerja) lalu impor lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="290" />
        <source>{file} is damaged and cannot be read to the end ({reason}). Open it in Excel and save it as .xlsx or CSV UTF-8, then import again.</source>
        <translation>{file} rusak dan tidak dapat dibaca sampai akhir ({reason}). Buka di Excel lalu simpan sebagai .xlsx atau CSV UTF-8, kemudian impor lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="292" />
        <source>{file} is not a text file. Open it in Excel and save it as .xlsx or CSV UTF-8, then import again.</source>
        <translation>{file} bukan berkas teks. Buka di Excel lalu simpan sebagai .xlsx atau CSV UTF-8, kemudian impor lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="294" />
        <source>{file} is in an unknown text encoding. Open it in Excel and save it as CSV UTF-8 (Comma delimited), then import again.</source>
        <translation>{file} memakai pengodean teks yang tidak dikenal. Buka di Excel lalu simpan sebagai CSV UTF-8 (Comma delimited), kemudian impor lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="296" />
        <source>{file} is not a readable CSV file ({reason}). Open it in Excel and save it as .xlsx or CSV UTF-8, then import again.</source>
        <translation>{file} bukan berkas CSV yang dapat dibaca ({reason}). Buka di Excel lalu simpan sebagai .xlsx atau CSV UTF-8, kemudian impor lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts_sync.py" line="11" />
        <source>Sync data refused ({where}: {detail}).</source>
        <translation>Data sinkronisasi ditolak ({where}: {detail}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts_sync.py" line="12" />
        <source>Sync refused: {where} from station {station} writes what it did not author ({why}). Nothing of the batch was applied.</source>
        <translation>Sinkronisasi ditolak: {where} dari stasiun {station} menulis data yang bukan buatannya ({why}). Tidak ada isi kiriman ini yang diterapkan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts_sync.py" line="14" />
        <source>Sync refused: {where} is stamped {minutes} minutes ahead of this clock. Set the clock of the station that wrote it right.</source>
        <translation>Sinkronisasi ditolak: {where} bercap waktu {minutes} menit lebih maju dari jam ini. Betulkan jam stasiun yang menulisnya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts_sync.py" line="16" />
        <source>Sync refused: a batch is not signed by its author ({why}). Nothing of it was applied.</source>
        <translation>Sinkronisasi ditolak: sebuah kiriman tidak ditandatangani oleh pembuatnya ({why}). Tidak ada isinya yang diterapkan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts_sync.py" line="18" />
        <source>The hub's reply does not say its time; the station's clock offset was not updated.</source>
        <translation>Jawaban hub tidak menyebutkan waktunya; selisih jam stasiun ini tidak diperbarui.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts_sync.py" line="20" />
        <source>The hub holds the entries of station {station} up to {acked}, but this batch starts at {first}. Send again from the next entry.</source>
        <translation>Hub menyimpan entri stasiun {station} sampai {acked}, tetapi kelompok ini dimulai dari {first}. Kirim lagi mulai entri berikutnya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts_sync.py" line="22" />
        <source>Nothing to export: the hub has acknowledged every entry of this station.</source>
        <translation>Tidak ada yang perlu diekspor: hub sudah menerima semua entri stasiun ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts_sync.py" line="24" />
        <source>Cannot write the bundle into {folder}: {reason}</source>
        <translation>Bundel tidak dapat ditulis ke {folder}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts_sync.py" line="26" />
        <source>{file} is too large to be an Ikrar bundle.</source>
        <translation>{file} terlalu besar untuk sebuah bundel Ikrar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts_sync.py" line="27" />
        <source>Cannot read the bundle {path}: {reason}.</source>
        <translation>Bundel {path} tidak dapat dibaca: {reason}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts_sync.py" line="28" />
        <source>{refused}: it is not an Ikrar bundle.</source>
        <translation>{refused}: bukan bundel Ikrar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts_sync.py" line="29" />
        <source>{refused}: it is cut short (copied incompletely?).</source>
        <translation>{refused}: terpotong (tersalin tidak lengkap?).</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts_sync.py" line="31" />
        <source>{refused}: it has bytes after its end (it was altered).</source>
        <translation>{refused}: ada data setelah akhirnya (telah diubah).</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts_sync.py" line="33" />
        <source>{refused}: its signature does not match its contents (it was altered or damaged). {reason}</source>
        <translation>{refused}: tanda tangannya tidak cocok dengan isinya (telah diubah atau rusak). {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts_sync.py" line="35" />
        <source>{refused}: its contents are unusable ({reason}).</source>
        <translation>{refused}: isinya tidak dapat dipakai ({reason}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts_sync.py" line="37" />
        <source>Station “{station}” was revoked; its bundle is refused.</source>
        <translation>Stasiun “{station}” telah dicabut; bundelnya ditolak.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts_sync.py" line="39" />
        <source>The bundle {name} is refused: {reason} Export a new bundle on that station.</source>
        <translation>Bundel {name} ditolak: {reason} Ekspor bundel baru di stasiun itu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts_sync.py" line="41" />
        <source>The bundle {name} is refused, nothing of it was applied: {reason}</source>
        <translation>Bundel {name} ditolak, tidak ada isinya yang diterapkan: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts_sync.py" line="43" />
        <source>“{url}” is not a hub address; write it as https://HOST:8750.</source>
        <translation>“{url}” bukan alamat hub; tulis sebagai https://HOST:8750.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts_sync.py" line="45" />
        <source>The hub at {url} does not use HTTPS. Off this machine the hub must speak HTTPS.</source>
        <translation>Hub di {url} tidak memakai HTTPS. Dari komputer lain, hub wajib memakai HTTPS.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts_sync.py" line="47" />
        <source>No pinned certificate for the hub: enrol the station again.</source>
        <translation>Tidak ada sertifikat hub yang tersemat: daftarkan ulang stasiun ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts_sync.py" line="49" />
        <source>The hub at {url} did not answer in time. Entries stay waiting here; sync again later.</source>
        <translation>Hub di {url} tidak menjawab tepat waktu. Entri tetap menunggu di sini; sinkronkan lagi nanti.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts_sync.py" line="51" />
        <source>Cannot reach the hub at {url} ({reason}). This station is offline; entries stay waiting here.</source>
        <translation>Hub di {url} tidak dapat dihubungi ({reason}). Stasiun ini sedang luring; entri tetap menunggu di sini.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts_sync.py" line="53" />
        <source>The hub at {url} answered {status} with something that is not an Ikrar reply. Check the address; entries stay waiting here.</source>
        <translation>Hub di {url} menjawab {status} dengan sesuatu yang bukan balasan Ikrar. Periksa alamatnya; entri tetap menunggu di sini.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts_sync.py" line="55" />
        <source>The hub had a problem ({status} {detail}). Entries stay waiting here; sync again later.</source>
        <translation>Hub mengalami masalah ({status} {detail}). Entri tetap menunggu di sini; sinkronkan lagi nanti.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts_sync.py" line="57" />
        <source>The hub refused ({status}): {detail}</source>
        <translation>Hub menolak ({status}): {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts_sync.py" line="58" />
        <source>The hub at {url} is busy. Entries stay waiting here; they are sent at the next sync.</source>
        <translation>Hub di {url} sedang sibuk. Entri tetap menunggu di sini; entri dikirim pada sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts_sync.py" line="60" />
        <source>The hub at {url} presented a certificate other than the one this station pinned when it joined: it may be another machine posing as the hub. Nothing was sent. Ask the administrator.</source>
        <translation>Hub di {url} menunjukkan sertifikat yang berbeda dari yang disematkan stasiun ini saat bergabung: mungkin mesin lain yang menyamar sebagai hub. Tidak ada yang dikirim. Tanyakan kepada administrator.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts_sync.py" line="63" />
        <source>The hub already knows a station with this station's identity (a copied data folder?). Join from a new data folder with a new code from the administrator.</source>
        <translation>Hub sudah mengenal stasiun dengan identitas stasiun ini (folder data hasil salinan?). Bergabunglah dari folder data baru dengan kode baru dari administrator.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="298" />
        <source>--no-tls is for this machine only, not {host}. Leave out --no-tls; the hub then speaks HTTPS.</source>
        <translation>--no-tls hanya untuk komputer ini, bukan {host}. Hilangkan --no-tls; hub lalu memakai HTTPS.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="300" />
        <source>Several workers need a PostgreSQL hub; a SQLite hub writes one request at a time.</source>
        <translation>Beberapa worker memerlukan hub PostgreSQL; hub SQLite menulis satu permintaan sekaligus.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts_sync.py" line="66" />
        <source>The hub holds fewer entries of this station than expected; they are sent again.</source>
        <translation>Hub menyimpan lebih sedikit entri stasiun ini dari yang diperkirakan; entri dikirim ulang.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts_sync.py" line="68" />
        <source>The hub's enrolment reply is incomplete; nothing was saved.</source>
        <translation>Balasan pendaftaran dari hub tidak lengkap; tidak ada yang disimpan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts_sync.py" line="70" />
        <source>The hub acknowledged {got} for entries {first}–{last}; that cannot be. Entries stay waiting here.</source>
        <translation>Hub mengakui {got} untuk entri {first}–{last}; itu tidak mungkin. Entri tetap menunggu di sini.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts_sync.py" line="72" />
        <source>The hub acknowledged nothing of this batch. Entries stay waiting.</source>
        <translation>Hub tidak mengakui satu pun entri kelompok ini. Entri tetap menunggu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts_sync.py" line="74" />
        <source>The hub's reply to a pull is not what Ikrar sends; nothing of it was applied.</source>
        <translation>Balasan hub saat menarik data bukan format Ikrar; tidak ada yang diterapkan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts_sync.py" line="76" />
        <source>The hub sent an unusable entry ({reason}); nothing of this batch was applied.</source>
        <translation>Hub mengirim entri yang tidak dapat dipakai ({reason}); tidak ada isi kelompok ini yang diterapkan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts_sync.py" line="78" />
        <source>A station needs a name, e.g. “Meja 3”.</source>
        <translation>Stasiun harus memiliki nama, misalnya “Meja 3”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts_sync.py" line="79" />
        <source>The station's public key is not usable: {reason}</source>
        <translation>Kunci publik stasiun tidak dapat dipakai: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts_sync.py" line="81" />
        <source>This enrolment code is not known to the hub. Check it, or ask the administrator for a new one.</source>
        <translation>Kode pendaftaran ini tidak dikenal hub. Periksa kodenya, atau minta kode baru kepada administrator.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts_sync.py" line="83" />
        <source>This enrolment code was already used; a code works once. Ask the administrator for a new one.</source>
        <translation>Kode pendaftaran ini sudah dipakai; satu kode hanya berlaku sekali. Minta kode baru kepada administrator.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts_sync.py" line="85" />
        <source>This enrolment code has expired. Ask the administrator for a new one.</source>
        <translation>Kode pendaftaran ini sudah kedaluwarsa. Minta kode baru kepada administrator.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts_sync.py" line="87" />
        <source>This code is for another event than the one this computer's data folder holds; a station works on one event. Ask the administrator for a code for this event, or join from a new data folder.</source>
        <translation>Kode ini untuk acara lain, bukan acara yang tersimpan di folder data komputer ini; satu stasiun bekerja untuk satu acara. Minta kode untuk acara ini kepada administrator, atau bergabunglah dari folder data baru.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts_sync.py" line="90" />
        <source>This station was revoked on the hub; a new code does not bring it back. Join from a new data folder with a new code.</source>
        <translation>Stasiun ini sudah dicabut di hub; kode baru tidak memulihkannya. Bergabunglah dari folder data baru dengan kode baru.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts_sync.py" line="92" />
        <source>{count} stations are enrolled as “{key}”.</source>
        <translation>{count} stasiun terdaftar sebagai “{key}”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="302" />
        <source>This request needs the station's token. Enrol the station first.</source>
        <translation>Permintaan ini memerlukan token stasiun. Daftarkan stasiun terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="304" />
        <source>The hub does not know this station's token. Enrol the station again with a new code.</source>
        <translation>Hub tidak mengenal token stasiun ini. Daftarkan ulang stasiun dengan kode baru.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="306" />
        <source>Station “{station}” was revoked on the hub and may not sync. Ask the administrator.</source>
        <translation>Stasiun “{station}” telah dicabut di hub dan tidak boleh sinkronisasi. Hubungi administrator.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts_sync.py" line="94" />
        <source>This station has not joined a hub. Join one with a code from the administrator.</source>
        <translation>Stasiun ini belum bergabung dengan hub. Bergabunglah dengan kode dari administrator.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts_sync.py" line="96" />
        <source>This hub speaks HTTPS but the code carries no certificate fingerprint. Ask the administrator for the full code.</source>
        <translation>Hub ini memakai HTTPS tetapi kodenya tidak memuat sidik sertifikat. Minta kode lengkap kepada administrator.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts_sync.py" line="98" />
        <source>This station already syncs with {url}. Use a new data folder to join another hub.</source>
        <translation>Stasiun ini sudah sinkron dengan {url}. Pakai folder data baru untuk bergabung dengan hub lain.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="308" />
        <source>Cannot reach the hub at {host}:{port} over HTTPS: {reason}.</source>
        <translation>Hub di {host}:{port} tidak dapat dihubungi melalui HTTPS: {reason}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="310" />
        <source>The hub at {host}:{port} presented a certificate that is not the one named in the enrolment code (someone may be in between, or the address is wrong). Nothing was sent. Check the address and ask the administrator for a new code.</source>
        <translation>Hub di {host}:{port} menunjukkan sertifikat yang bukan milik kode pendaftaran (mungkin ada pihak di tengah, atau alamatnya salah). Tidak ada yang dikirim. Periksa alamatnya dan minta kode baru kepada administrator.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="314" />
        <source>This QR code is not an employee badge{shown}. Scan the badge's QR code, or search by name.</source>
        <translation>Kode QR ini bukan kartu pegawai{shown}. Pindai kode QR pada kartu pegawai, atau cari berdasarkan nama.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="316" />
        <source>This is the QR code of a pledge certificate, not an employee badge. Scan the badge, or search by name.</source>
        <translation>Ini kode QR piagam ikrar, bukan kartu pegawai. Pindai kartu pegawai, atau cari berdasarkan nama.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="318" />
        <source>The badge code is damaged or was altered. Search for the person by name instead.</source>
        <translation>Kode kartu rusak atau telah diubah. Cari orangnya berdasarkan nama.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="320" />
        <source>The badge code was read only partly. Scan it again, a little further away, or search by name.</source>
        <translation>Kode kartu hanya terbaca sebagian. Pindai lagi dari jarak sedikit lebih jauh, atau cari berdasarkan nama.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="322" />
        <source>This badge has a newer format than this Ikrar knows. Update Ikrar, or search by name.</source>
        <translation>Kartu ini memakai format yang lebih baru dari yang dikenal Ikrar ini. Perbarui Ikrar, atau cari berdasarkan nama.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="324" />
        <source>This badge was issued by another agency (or is a forgery). Only this agency's badges are accepted; search by name instead.</source>
        <translation>Kartu ini diterbitkan instansi lain (atau palsu). Hanya kartu instansi ini yang diterima; cari berdasarkan nama.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="326" />
        <source>The badge's signature does not match its NIP: it was altered or forged. Check the person's identity and search by name.</source>
        <translation>Tanda tangan digital kartu tidak cocok dengan NIP-nya: kartu telah diubah atau dipalsukan. Periksa identitas orangnya dan cari berdasarkan nama.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="328" />
        <source>This station has no agency public key, so signed badges cannot be checked. Search by name, and ask the administrator to install the key.</source>
        <translation>Perangkat ini belum punya kunci publik instansi, jadi kartu bertanda tangan digital tidak bisa diperiksa. Cari berdasarkan nama, dan minta administrator memasang kuncinya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="331" />
        <source>This event accepts signed badges only; a plain NIP is not enough. Search by name and check the person's identity.</source>
        <translation>Acara ini hanya menerima kartu bertanda tangan digital; NIP saja tidak cukup. Cari berdasarkan nama dan periksa identitas orangnya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="333" />
        <source>The code holds no valid NIP{shown}. Check the badge, or search by name.</source>
        <translation>Kode ini tidak berisi NIP yang sah{shown}. Periksa kartunya, atau cari berdasarkan nama.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="335" />
        <source>NIP {nip} is not in the employee list.</source>
        <translation>NIP {nip} tidak ada di daftar pegawai.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="336" />
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="428" />
        <source>Check-in for this event is closed at this station.</source>
        <translation>Registrasi acara ini sudah ditutup di perangkat ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="338" />
        <source>The code is damaged, or it is not an Ikrar certificate or badge.</source>
        <translation>Kode rusak, atau bukan sertifikat maupun kartu Ikrar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="340" />
        <source>This QR is a pledge certificate, not an employee badge.</source>
        <translation>QR ini adalah sertifikat ikrar, bukan kartu pegawai.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="342" />
        <source>The code is cut short: scan it again, or check the print.</source>
        <translation>Kode terpotong: pindai ulang, atau periksa hasil cetaknya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="344" />
        <source>The code uses a format this version of Ikrar does not know. Update Ikrar.</source>
        <translation>Kode memakai format yang tidak dikenal versi Ikrar ini. Perbarui Ikrar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="346" />
        <source>The signature does not match the contents: the name, number, NIP, copy, event or time were altered, or the code is forged.</source>
        <translation>Tanda tangan elektronik tidak cocok dengan isinya: nama, nomor, NIP, salinan, acara atau waktu telah diubah, atau kodenya dipalsukan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="349" />
        <source>The code was signed with another key: it is from another agency, or forged.</source>
        <translation>Kode ditandatangani dengan kunci lain: berasal dari instansi lain, atau palsu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="351" />
        <source>The station that printed it was certified by another agency.</source>
        <translation>Perangkat yang mencetaknya disertifikasi oleh instansi lain.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="353" />
        <source>The certificate of the station that printed it is not validly signed by the agency.</source>
        <translation>Sertifikat perangkat yang mencetaknya tidak ditandatangani secara sah oleh instansi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="355" />
        <source>The certificate of the station that printed it was not valid on the day it printed.</source>
        <translation>Sertifikat perangkat yang mencetaknya tidak berlaku pada hari pencetakan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="357" />
        <source>No Ikrar code was found in the file. Use a sharper scan (at least 150 dpi), or scan the QR code itself.</source>
        <translation>Tidak ditemukan kode Ikrar di berkas ini. Gunakan pindaian yang lebih tajam (minimal 150 dpi), atau pindai langsung kode QR-nya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="359" />
        <source>The code is genuine, but the page does not print what it signs: the page was altered, or carries another certificate's QR code.</source>
        <translation>Kodenya asli, tetapi halaman tidak mencetak apa yang ditandatanganinya: halaman telah diubah, atau memuat kode QR sertifikat lain.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="362" />
        <source>The signatures hold, but this certificate was voided.</source>
        <translation>Tanda tangan digitalnya sah, tetapi sertifikat ini sudah dibatalkan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="364" />
        <source>The signatures hold, but the signature stored here for this certificate is not the one it was printed with.</source>
        <translation>Tanda tangan digitalnya sah, tetapi tanda tangan yang tersimpan di sini untuk sertifikat ini bukan yang dicetak.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="366" />
        <source>The NIP is empty; fill in the 18-digit NIP.</source>
        <translation>NIP kosong; isi 18 digit NIP.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="368" />
        <source>The NIP contains letters or signs; an NIP has only digits.</source>
        <translation>NIP berisi huruf atau tanda; NIP hanya berisi angka.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="370" />
        <source>The NIP does not have 18 digits; check for a missing or extra digit.</source>
        <translation>NIP tidak 18 digit; periksa apakah ada digit yang kurang atau lebih.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="372" />
        <source>Excel turned the NIP into a number (e.g. 1.99E+17) and lost digits; format the NIP column as Text and type the NIP again.</source>
        <translation>Excel mengubah NIP menjadi angka (mis. 1.99E+17) sehingga digitnya hilang; format kolom NIP sebagai Teks lalu ketik ulang NIP.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="375" />
        <source>The NIP cell is a number, not text; Excel keeps only 15 digits. Format the NIP column as Text and type the NIP again.</source>
        <translation>Sel NIP berisi angka, bukan teks; Excel hanya menyimpan 15 digit. Format kolom NIP sebagai Teks lalu ketik ulang NIP.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="377" />
        <source>The first 8 digits of the NIP are not a plausible birth date.</source>
        <translation>8 digit pertama NIP bukan tanggal lahir yang wajar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="379" />
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="422" />
        <source>The appointment date in the NIP is impossible (in the future, before age 18, or an invalid month).</source>
        <translation>Tanggal pengangkatan dalam NIP tidak mungkin (di masa depan, sebelum usia 18 tahun, atau bulan tidak sah).</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="381" />
        <source>Digit 15 of the NIP (gender) must be 1 or 2.</source>
        <translation>Digit ke-15 NIP (jenis kelamin) harus 1 atau 2.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="383" />
        <source>The last 3 digits of the NIP must be 001 to 999.</source>
        <translation>3 digit terakhir NIP harus 001 sampai 999.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="385" />
        <source>This NIP appears on an earlier row too; remove one of the two rows.</source>
        <translation>NIP ini juga ada di baris sebelumnya; hapus salah satu dari kedua baris.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="387" />
        <source>The name is empty; every row needs the employee's name.</source>
        <translation>Nama kosong; setiap baris harus berisi nama pegawai.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="389" />
        <source>Unknown status; use PNS, CPNS or PPPK.</source>
        <translation>Status tidak dikenal; gunakan PNS, CPNS, atau PPPK.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="391" />
        <source>Cannot write the file {file}: its folder does not exist or is read-only. Nothing was printed or marked printed.</source>
        <translation>Berkas {file} tidak dapat ditulis: foldernya tidak ada atau hanya-baca. Tidak ada yang dicetak atau ditandai tercetak.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="393" />
        <source>No printer is installed on this computer. Install the printer, or save a PDF and print it elsewhere. Nothing was marked printed.</source>
        <translation>Tidak ada printer terpasang di komputer ini. Pasang printernya, atau simpan sebagai PDF dan cetak di tempat lain. Tidak ada yang ditandai tercetak.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="396" />
        <source>The printer {name} is not available (switched off, disconnected or removed). Choose another printer or save a PDF. Nothing was marked printed.</source>
        <translation>Printer {name} tidak tersedia (mati, terputus, atau dilepas). Pilih printer lain atau simpan sebagai PDF. Tidak ada yang ditandai tercetak.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="399" />
        <source>The printer {name} reports an error. Check it (paper, toner, cable) and try again. Nothing was marked printed.</source>
        <translation>Printer {name} melaporkan galat. Periksa printernya (kertas, tinta/toner, kabel) lalu coba lagi. Tidak ada yang ditandai tercetak.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="401" />
        <source>The prepared file {file} cannot be read; prepare it again.</source>
        <translation>Berkas yang disiapkan {file} tidak dapat dibaca; siapkan ulang.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="403" />
        <source>Printing cancelled: nothing was sent to the printer and nothing was marked printed.</source>
        <translation>Pencetakan dibatalkan: tidak ada yang dikirim ke printer dan tidak ada yang ditandai tercetak.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="405" />
        <source>The printer {name} did not take the job. Nothing was marked printed. ({reason})</source>
        <translation>Printer {name} tidak menerima pekerjaan cetak. Tidak ada yang ditandai tercetak. ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="407" />
        <source>The printer {name} did not accept the job. Check that it is on and connected, or save a PDF instead. Nothing was marked printed.</source>
        <translation>Printer {name} tidak menerima pekerjaan cetak. Pastikan printer menyala dan tersambung, atau simpan sebagai PDF. Tidak ada yang ditandai tercetak.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="410" />
        <source>The printer {name} stopped taking pages after page {page}. Nothing was marked printed; print the batch again.</source>
        <translation>Printer {name} berhenti menerima halaman setelah halaman {page}. Tidak ada yang ditandai tercetak; cetak ulang kelompok ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="412" />
        <source>The printer {name} failed while printing. Nothing was marked printed; check the printer and print again.</source>
        <translation>Printer {name} gagal saat mencetak. Tidak ada yang ditandai tercetak; periksa printer lalu cetak ulang.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="414" />
        <source>Cannot write {file}: {reason}. Choose another folder; nothing was marked printed.</source>
        <translation>{file} tidak dapat ditulis: {reason}. Pilih folder lain; tidak ada yang ditandai tercetak.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="416" />
        <source>Enter the 18-digit NIP.</source>
        <translation>Masukkan NIP 18 angka.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="417" />
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="419" />
        <source>An NIP has only digits.</source>
        <translation>NIP hanya berisi angka.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="418" />
        <source>An NIP has exactly 18 digits.</source>
        <translation>NIP terdiri atas tepat 18 angka.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="420" />
        <source>The first 8 digits are not a plausible birth date.</source>
        <translation>8 angka pertama bukan tanggal lahir yang masuk akal.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="424" />
        <source>Digit 15 (gender) must be 1 or 2.</source>
        <translation>Angka ke-15 (jenis kelamin) harus 1 atau 2.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="425" />
        <source>The last 3 digits must be 001 to 999.</source>
        <translation>3 angka terakhir harus 001 sampai 999.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="426" />
        <source>The code does not verify.</source>
        <translation>Kode tidak lolos pemeriksaan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="427" />
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="436" />
        <source>This event does not allow walk-ins.</source>
        <translation>Acara ini tidak menerima peserta tambahan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="430" />
        <source>Enter the name.</source>
        <translation>Masukkan nama.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="431" />
        <source>This NIP is already in the employee list: close this and search for it instead.</source>
        <translation>NIP ini sudah ada di daftar pegawai: tutup jendela ini lalu cari NIP tersebut.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="433" />
        <source>This is not a valid NIP.</source>
        <translation>Ini bukan NIP yang sah.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="434" />
        <source>Register them as a walk-in if they belong here.</source>
        <translation>Daftarkan sebagai peserta tambahan bila memang seharusnya hadir.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="437" />
        <source>Something went wrong ({code}). The details are in the log file.</source>
        <translation>Terjadi masalah ({code}). Rinciannya ada di berkas log.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="439" />
        <source>badge scanner</source>
        <translation>pemindai kartu</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="440" />
        <source>camera</source>
        <translation>kamera</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="441" />
        <source>search by name or NIP</source>
        <translation>pencarian nama atau NIP</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts.py" line="442" />
        <source>walk-in registration</source>
        <translation>pendaftaran peserta tambahan</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts_sync.py" line="100" />
        <source>another station</source>
        <translation>perangkat lain</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts_crypt.py" line="8" />
        <source>The database {path} is encrypted with a passphrase and none was given. Start Ikrar where it can ask for it, or set the {variable} environment variable.</source>
        <translation>Basis data {path} dienkripsi dengan frasa sandi dan tidak ada frasa sandi yang diberikan. Jalankan Ikrar di tempat yang dapat menanyakannya, atau isi variabel lingkungan {variable}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts_crypt.py" line="11" />
        <source>The database passphrase must have at least {length} characters.</source>
        <translation>Frasa sandi basis data harus terdiri atas sekurang-kurangnya {length} karakter.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts_crypt.py" line="13" />
        <source>The two passphrases differ; nothing was created. Run the command again.</source>
        <translation>Kedua frasa sandi berbeda; tidak ada yang dibuat. Jalankan perintahnya lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts_crypt.py" line="15" />
        <source>Wrong passphrase for the database {path}. Check it and try again.</source>
        <translation>Frasa sandi basis data {path} salah. Periksa dan coba lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts_crypt.py" line="17" />
        <source>The key of the database {path} is kept in this computer's credential store, and it is not there (another user or another computer?). Sign in as the user who set Ikrar up, or restore the credential store.</source>
        <translation>Kunci basis data {path} disimpan di penyimpanan kredensial komputer ini, tetapi tidak ditemukan di sana (pengguna lain atau komputer lain?). Masuklah sebagai pengguna yang memasang Ikrar, atau pulihkan penyimpanan kredensialnya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts_crypt.py" line="20" />
        <source>{path} (where the database key is kept) is damaged or unreadable. Restore it from a copy of the data folder.</source>
        <translation>{path} (tempat kunci basis data dicatat) rusak atau tidak terbaca. Pulihkan dari salinan folder data.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts_crypt.py" line="22" />
        <source>{path} is missing: the database cannot be decrypted without it. Restore it from a copy of the data folder.</source>
        <translation>{path} tidak ada: basis data tidak dapat didekripsi tanpanya. Pulihkan dari salinan folder data.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts_crypt.py" line="24" />
        <source>The station key {path} does not open with this database's key (it was copied from another data folder, or damaged). Put back this folder's own key file, or remove it and certify the station again.</source>
        <translation>Kunci stasiun {path} tidak dapat dibuka dengan kunci basis data ini (disalin dari folder data lain, atau rusak). Kembalikan berkas kunci milik folder ini, atau hapus lalu sertifikasi ulang stasiun.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts_crypt.py" line="27" />
        <source>The bundle key {path} does not open with this database's key (copied from another data folder, or damaged). Join the hub again from this folder.</source>
        <translation>Kunci bundel {path} tidak dapat dibuka dengan kunci basis data ini (disalin dari folder data lain, atau rusak). Gabung ke hub lagi dari folder ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts_crypt.py" line="30" />
        <source>This station has not joined a hub, so there is no key to encrypt the bundle to. Join the hub first: File → Settings → Join a hub…</source>
        <translation>Stasiun ini belum bergabung dengan hub, jadi tidak ada kunci untuk mengenkripsi bundel. Gabung ke hub terlebih dahulu: Berkas → Pengaturan → Bergabung ke hub…</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts_crypt.py" line="33" />
        <source>{refused}: {reason}.</source>
        <translation>{refused}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts_crypt.py" line="34" />
        <source>Cannot encrypt the database {path}: {reason}. It was left as it was.</source>
        <translation>Basis data {path} tidak dapat dienkripsi: {reason}. Basis data dibiarkan seperti semula.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts_privacy.py" line="9" />
        <source>There is no event {event} here.</source>
        <translation>Tidak ada acara {event} di sini.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts_privacy.py" line="10" />
        <source>This station does not sync with a hub, so nothing says its data is held elsewhere; nothing was removed.</source>
        <translation>Perangkat ini tidak disinkronkan dengan hub, jadi tidak ada yang menjamin datanya tersimpan di tempat lain; tidak ada yang dihapus.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts_privacy.py" line="12" />
        <source>{count} change(s) of this station are not on the hub yet. Sync until nothing waits, then forget the event; nothing was removed.</source>
        <translation>{count} perubahan dari perangkat ini belum ada di hub. Sinkronkan sampai tidak ada yang menunggu, lalu lupakan acaranya; tidak ada yang dihapus.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts_privacy.py" line="14" />
        <source>No one with NIP {nip} is held here.</source>
        <translation>Tidak ada data orang dengan NIP {nip} di sini.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts_privacy.py" line="15" />
        <source>This person has {count} signed pledge(s) still inside their legal retention. Only the administrator may erase them. Nothing was erased.</source>
        <translation>Orang ini memiliki {count} ikrar bertanda tangan yang masih dalam masa simpan menurut aturan. Hanya administrator yang boleh menghapusnya. Tidak ada yang dihapus.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts_privacy.py" line="18" />
        <source>{count} change(s) about this person are not on the hub yet. Sync first; nothing was erased.</source>
        <translation>{count} perubahan tentang orang ini belum ada di hub. Sinkronkan dulu; tidak ada yang dihapus.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts_privacy.py" line="20" />
        <source>Only the administrator may do this: the administrator PIN or the agency key is needed. Nothing was changed.</source>
        <translation>Hanya administrator yang boleh melakukan ini: perlu PIN administrator atau kunci instansi. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/message_texts_privacy.py" line="22" />
        <source>“{nip}” is not a NIP ({reason}); give the 18 digits.</source>
        <translation>“{nip}” bukan NIP ({reason}); masukkan 18 digitnya.</translation>
    </message>
</context>
<context>
    <name>OfficialFields</name>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_official.py" line="24" />
        <source>Presiding official</source>
        <translation>Pejabat penandatangan</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_official.py" line="26" />
        <source>e.g. Pj. Sekretaris Daerah; a.n. Bupati Sumedang | Sekretaris Daerah</source>
        <translation>mis. Pj. Sekretaris Daerah; a.n. Bupati Sumedang | Sekretaris Daerah</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_official.py" line="29" />
        <source>exactly as printed, with titles</source>
        <translation>persis seperti dicetak, dengan gelar</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_official.py" line="31" />
        <source>e.g. Pembina Utama Muda</source>
        <translation>mis. Pembina Utama Muda</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_official.py" line="33" />
        <source>18 digits; empty for a regional head</source>
        <translation>18 angka; kosongkan untuk kepala daerah</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_official.py" line="35" />
        <source>empty: the city</source>
        <translation>kosong: kota acara</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_official.py" line="37" />
        <source>DD/MM/YYYY; empty: the event's date</source>
        <translation>HH/BB/TTTT; kosong: tanggal acara</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_official.py" line="39" />
        <source>Certificate</source>
        <translation>Sertifikat</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_official.py" line="39" />
        <source>Pakta integritas</source>
        <translation>Pakta integritas</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_official.py" line="40" />
        <source>Certificate and pakta integritas</source>
        <translation>Sertifikat dan pakta integritas</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_official.py" line="43" />
        <source>no signature</source>
        <translation>tanpa tanda tangan</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_official.py" line="45" />
        <source>default seal</source>
        <translation>cap bawaan</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_official.py" line="48" />
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_official.py" line="49" />
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_official.py" line="50" />
        <source>Rank (pangkat)</source>
        <translation>Pangkat</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_official.py" line="51" />
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_official.py" line="52" />
        <source>Place of signing</source>
        <translation>Tempat penandatanganan</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_official.py" line="53" />
        <source>Date of signing</source>
        <translation>Tanggal penandatanganan</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_official.py" line="54" />
        <source>Signature</source>
        <translation>Tanda tangan</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_official.py" line="55" />
        <source>Seal</source>
        <translation>Cap dinas</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_official.py" line="56" />
        <source>Print for each attendee</source>
        <translation>Dicetak untuk setiap peserta</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_official.py" line="78" />
        <source>The official's NIP has 18 digits (or leave it empty).</source>
        <translation>NIP pejabat terdiri atas 18 angka (atau kosongkan).</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_official.py" line="86" />
        <source>The date of signing {text} is not a date; write it as 10/07/2024, or leave it empty.</source>
        <translation>Tanggal penandatanganan {text} bukan tanggal; tulis seperti 10/07/2024, atau kosongkan.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/passphrase.py" line="29" />
        <source>Database passphrase</source>
        <translation>Frasa sandi basis data</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/passphrase.py" line="31" />
        <source>This computer has no password store, so Ikrar protects its database with a passphrase. Choose one (at least {n} characters) and keep it safe: without it the data cannot be opened.

{path}</source>
        <translation>Komputer ini tidak memiliki penyimpanan kata sandi, jadi Ikrar melindungi basis datanya dengan frasa sandi. Pilih frasa sandi (sekurang-kurangnya {n} karakter) dan simpan baik-baik: tanpanya data tidak dapat dibuka.

{path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/passphrase.py" line="35" />
        <source>Type the passphrase of the Ikrar database.

{path}</source>
        <translation>Ketik frasa sandi basis data Ikrar.

{path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/passphrase.py" line="42" />
        <source>Wrong passphrase. Try again.</source>
        <translation>Frasa sandi salah. Coba lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/passphrase.py" line="47" />
        <source>Passphrase</source>
        <translation>Frasa sandi</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/passphrase.py" line="49" />
        <source>Again</source>
        <translation>Ulangi</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/passphrase.py" line="54" />
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/passphrase.py" line="55" />
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/passphrase.py" line="72" />
        <source>Type the passphrase.</source>
        <translation>Ketik frasa sandinya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/passphrase.py" line="74" />
        <source>The passphrase must have at least {n} characters.</source>
        <translation>Frasa sandi harus terdiri atas sekurang-kurangnya {n} karakter.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/passphrase.py" line="77" />
        <source>The two passphrases differ.</source>
        <translation>Kedua frasa sandi berbeda.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/pin_dialog.py" line="34" />
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/pin_dialog.py" line="35" />
        <source>Clerk</source>
        <translation>Staf sekretariat</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/pin_dialog.py" line="36" />
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/pin_dialog.py" line="112" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/pin_dialog.py" line="116" />
        <source>Enter the PIN.</source>
        <translation>Masukkan PIN.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/pin_dialog.py" line="130" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/pin_dialog.py" line="131" />
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/pin_dialog.py" line="177" />
        <source>No PIN has been set for this yet.</source>
        <translation>Belum ada PIN yang diatur untuk ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/pin_dialog.py" line="180" />
        <source>Wrong PIN. After several wrong PINs you must wait before trying again.</source>
        <translation>PIN salah. Setelah beberapa kali salah, Anda harus menunggu sebelum mencoba lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/pin_dialog.py" line="209" />
        <source>Too many wrong PINs. Try again in {seconds} seconds.</source>
        <translation>Terlalu banyak PIN salah. Coba lagi dalam {seconds} detik.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/pin_dialog.py" line="83" />
        <source>Erase</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/pin_dialog.py" line="85" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>PinSetupDialog</name>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/pin_dialog.py" line="239" />
        <source>Role PINs</source>
        <translation>PIN peran</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/pin_dialog.py" line="242" />
        <source>Each role has its own PIN of {low} to {high} digits. Leave a field empty to keep the PIN it has. Once any PIN is set, Ikrar asks for one when it starts.</source>
        <translation>Setiap peran punya PIN sendiri, {low} sampai {high} angka. Kosongkan kolom untuk mempertahankan PIN yang ada. Begitu ada PIN yang diatur, Ikrar memintanya saat dibuka.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/pin_dialog.py" line="250" />
        <source>set</source>
        <translation>sudah diatur</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/pin_dialog.py" line="250" />
        <source>not set</source>
        <translation>belum diatur</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/pin_dialog.py" line="258" />
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/pin_dialog.py" line="259" />
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/pin_dialog.py" line="274" />
        <source>The {role} PIN must have {low} to {high} digits.</source>
        <translation>PIN {role} harus {low} sampai {high} angka.</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/progress_panel.py" line="39" />
        <source>Per unit</source>
        <translation>Per unit kerja</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/progress_panel.py" line="41" />
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/progress_panel.py" line="41" />
        <source>Signed</source>
        <translation>Sudah TTD</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/progress_panel.py" line="49" />
        <source>Last check-ins at this station</source>
        <translation>Registrasi terakhir di perangkat ini</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/progress_panel.py" line="81" />
        <source>No event</source>
        <translation>Belum ada acara</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/progress_panel.py" line="88" />
        <source>{signed} of {expected} signed</source>
        <translation>{signed} dari {expected} sudah tanda tangan</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/progress_panel.py" line="97" />
        <source>(no unit)</source>
        <translation>(tanpa unit)</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/progress_panel.py" line="107" />
        <source>Nobody yet.</source>
        <translation>Belum ada.</translation>
    </message>
</context>
<context>
    <name>RateChart</name>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/dashboard.py" line="121" />
        <source>No check-ins yet</source>
        <translation>Belum ada registrasi</translation>
    </message>
</context>
<context>
    <name>ReconcilePage</name>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/reconcile_page.py" line="57" />
        <location filename="../../desktop/ikrar/ui/admin/reconcile_page.py" line="60" />
        <location filename="../../desktop/ikrar/ui/admin/reconcile_page.py" line="63" />
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/reconcile_page.py" line="57" />
        <location filename="../../desktop/ikrar/ui/admin/reconcile_page.py" line="60" />
        <location filename="../../desktop/ikrar/ui/admin/reconcile_page.py" line="63" />
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/reconcile_page.py" line="57" />
        <location filename="../../desktop/ikrar/ui/admin/reconcile_page.py" line="60" />
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/reconcile_page.py" line="57" />
        <source>Stations</source>
        <translation>Meja</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/reconcile_page.py" line="58" />
        <source>Primary and why</source>
        <translation>Utama dan alasannya</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/reconcile_page.py" line="60" />
        <location filename="../../desktop/ikrar/ui/admin/reconcile_page.py" line="63" />
        <source>Station</source>
        <translation>Meja</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/reconcile_page.py" line="61" />
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/reconcile_page.py" line="63" />
        <source>Certificate</source>
        <translation>Sertifikat</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/reconcile_page.py" line="64" />
        <source>Printed</source>
        <translation>Dicetak</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/reconcile_page.py" line="64" />
        <source>Primary at</source>
        <translation>Utama di</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/reconcile_page.py" line="65" />
        <source>Void selected certificate…</source>
        <translation>Batalkan sertifikat terpilih…</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/reconcile_page.py" line="70" />
        <source>Duplicate check-ins across stations</source>
        <translation>Registrasi ganda antar-meja</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/reconcile_page.py" line="72" />
        <source>Walk-ins to confirm</source>
        <translation>Peserta tambahan yang perlu dikonfirmasi</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/reconcile_page.py" line="74" />
        <source>Certificates issued for a duplicate check-in</source>
        <translation>Sertifikat yang terbit untuk registrasi ganda</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/reconcile_page.py" line="101" />
        <source>{d} duplicate check-ins, {w} walk-ins, {c} certificates to void</source>
        <translation>{d} registrasi ganda, {w} peserta tambahan, {c} sertifikat perlu dibatalkan</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/reconcile_page.py" line="122" />
        <source>Choose a certificate in the list first.</source>
        <translation>Pilih dulu sertifikat di daftar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/reconcile_page.py" line="125" />
        <source>Void certificate</source>
        <translation>Batalkan sertifikat</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/reconcile_page.py" line="126" />
        <source>Why is certificate {number} voided? The reason is kept in the audit trail.</source>
        <translation>Mengapa sertifikat {number} dibatalkan? Alasannya disimpan di jejak audit.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/reconcile_page.py" line="137" />
        <source>Certificate {number} is void.</source>
        <translation>Sertifikat {number} sudah dibatalkan.</translation>
    </message>
</context>
<context>
    <name>RetentionPurge</name>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/retention.py" line="48" />
        <source>Retention purge</source>
        <translation>Penghapusan data biometrik</translation>
    </message>
</context>
<context>
    <name>RosterTableModel</name>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/roster_model.py" line="120" />
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/roster_model.py" line="120" />
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/roster_model.py" line="120" />
        <source>Rank/grade</source>
        <translation>Pangkat/gol.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/roster_model.py" line="120" />
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/roster_model.py" line="121" />
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/roster_model.py" line="121" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/roster_model.py" line="229" />
        <source>{status}, walk-in</source>
        <translation>{status}, datang langsung</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/roster_model.py" line="263" />
        <source>Walk-in: registered at the event, not on the imported roster</source>
        <translation>Datang langsung: didaftarkan di acara, tidak ada di daftar pegawai yang diimpor</translation>
    </message>
</context>
<context>
    <name>RosterView</name>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/roster_view.py" line="44" />
        <source>Search by name or NIP</source>
        <translation>Cari nama atau NIP</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/roster_view.py" line="48" />
        <source>This event's roster only</source>
        <translation>Hanya peserta acara ini</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/roster_view.py" line="171" />
        <source>More than {count} found</source>
        <translation>Lebih dari {count} ditemukan</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/roster_view.py" line="173" />
        <source>{count} found</source>
        <translation>{count} ditemukan</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/roster_view.py" line="175" />
        <source>1 employee</source>
        <translation>1 pegawai</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/roster_view.py" line="177" />
        <source>{count} employees</source>
        <translation>{count} pegawai</translation>
    </message>
</context>
<context>
    <name>ScanTexts</name>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/scan_outcome.py" line="60" />
        <source>There is no event on this station yet, so nobody can check in. An administrator creates one with “ikrar event create”.</source>
        <translation>Belum ada acara di perangkat ini, jadi belum ada yang bisa registrasi. Administrator membuatnya dengan “ikrar event create”.</translation>
    </message>
</context>
<context>
    <name>SelfServicePage</name>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/attendee_window.py" line="49" />
        <source>Is this you?</source>
        <translation>Apakah ini Anda?</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/attendee_window.py" line="57" />
        <source>Yes, that is me — continue</source>
        <translation>Ya, ini saya — lanjutkan</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/attendee_window.py" line="58" />
        <source>No, that is not me</source>
        <translation>Bukan, ini bukan saya</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/attendee_window.py" line="60" />
        <location filename="../../desktop/ikrar/ui/desk/attendee_window.py" line="66" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/settings_dialog.py" line="132" />
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/settings_dialog.py" line="132" />
        <location filename="../../desktop/ikrar/ui/admin/settings_dialog.py" line="156" />
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/settings_dialog.py" line="59" />
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/settings_dialog.py" line="44" />
        <source>This station is locked. Enter the operator or administrator PIN to open the settings.</source>
        <translation>Stasiun ini terkunci. Masukkan PIN operator atau administrator untuk membuka pengaturan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/settings_dialog.py" line="68" />
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/settings_dialog.py" line="69" />
        <source>The new language shows after Ikrar restarts.</source>
        <translation>Bahasa baru tampil setelah Ikrar dibuka ulang.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/settings_dialog.py" line="76" />
        <source>One self-service tablet</source>
        <translation>Satu tablet mandiri</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/settings_dialog.py" line="77" />
        <source>Operator laptop + attendee screen</source>
        <translation>Laptop operator + layar peserta</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/settings_dialog.py" line="79" />
        <source>Layout</source>
        <translation>Tata letak</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/settings_dialog.py" line="81" />
        <source>Sound on success, duplicate and error</source>
        <translation>Bunyi saat berhasil, ganda, dan galat</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/settings_dialog.py" line="83" />
        <source>Sound</source>
        <translation>Bunyi</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/settings_dialog.py" line="89" />
        <source> s</source>
        <translation> detik</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/settings_dialog.py" line="91" />
        <source>How long the attendee sees “Thank you” before the screen is ready for the next person.</source>
        <translation>Berapa lama peserta melihat “Terima kasih” sebelum layar siap untuk orang berikutnya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/settings_dialog.py" line="93" />
        <source>Thank-you screen</source>
        <translation>Layar terima kasih</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/settings_dialog.py" line="98" />
        <source>Prefix</source>
        <translation>Awalan</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/settings_dialog.py" line="100" />
        <source>Suffix</source>
        <translation>Akhiran</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/settings_dialog.py" line="102" />
        <source>Scanner</source>
        <translation>Pemindai</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/settings_dialog.py" line="141" />
        <source>{url}, as station “{name}”</source>
        <translation>{url}, sebagai stasiun “{name}”</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/settings_dialog.py" line="144" />
        <source>Not joined to a hub</source>
        <translation>Belum tergabung ke hub</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/settings_dialog.py" line="145" />
        <source>Join again…</source>
        <translation>Bergabung lagi…</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/settings_dialog.py" line="145" />
        <source>Join a hub…</source>
        <translation>Bergabung ke hub…</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/settings_dialog.py" line="150" />
        <location filename="../../desktop/ikrar/ui/admin/settings_dialog.py" line="155" />
        <source>Join again</source>
        <translation>Bergabung lagi</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/settings_dialog.py" line="151" />
        <source>This computer has already joined the hub at {url}. Join again with a new code? The new code replaces this computer's old access to the hub; what it has already sent stays on the hub.</source>
        <translation>Komputer ini sudah bergabung ke hub di {url}. Bergabung lagi dengan kode baru? Kode baru menggantikan akses lama komputer ini ke hub; apa yang sudah dikirim tetap tersimpan di hub.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/settings_dialog.py" line="109" />
        <source>Sync now</source>
        <translation>Sinkronkan sekarang</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/settings_dialog.py" line="123" />
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/settings_dialog.py" line="124" />
        <source>Sync</source>
        <translation>Sinkronisasi</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/settings_dialog.py" line="129" />
        <source>Data folder</source>
        <translation>Folder data</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/pin_dialog.py" line="290" />
        <source>Ikrar is locked</source>
        <translation>Ikrar terkunci</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/pin_dialog.py" line="295" />
        <source>Choose your role and enter its PIN.</source>
        <translation>Pilih peran Anda lalu masukkan PIN-nya.</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/signature_pad.py" line="87" />
        <source>Sign here</source>
        <translation>Tanda tangan di sini</translation>
    </message>
</context>
<context>
    <name>SigningScreen</name>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/signing_screen.py" line="130" />
        <source>Welcome. Please wait until the registration desk calls your name.</source>
        <translation>Selamat datang. Silakan menunggu hingga nama Anda dipanggil petugas registrasi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/signing_screen.py" line="176" />
        <source>Start over</source>
        <translation>Ulangi</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/signing_screen.py" line="179" />
        <source>I pledge and sign</source>
        <translation>Saya berikrar dan menandatangani</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/signing_screen.py" line="212" />
        <source>Your pledge and signature have been recorded.</source>
        <translation>Ikrar dan tanda tangan Anda telah tercatat.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/signing_screen.py" line="290" />
        <source>The signature could not be saved: {reason} Please tell the registration staff.</source>
        <translation>Tanda tangan tidak dapat disimpan: {reason} Mohon sampaikan kepada petugas registrasi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/signing_screen.py" line="297" />
        <source>Thank you, {name}</source>
        <translation>Terima kasih, {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/signing_screen.py" line="311" />
        <source>Someone is signing on the attendee screen. Quit anyway? Their signature is not saved.</source>
        <translation>Seseorang sedang menandatangani di layar peserta. Tetap keluar? Tanda tangannya tidak tersimpan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/signing_screen.py" line="363" />
        <source>Please read the pledge to its end (scroll down) before you confirm.</source>
        <translation>Bacalah ikrar sampai selesai (gulir ke bawah) sebelum Anda mengonfirmasi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/signing_screen.py" line="366" />
        <source>When you are ready, press “{button}”.</source>
        <translation>Jika sudah siap, tekan “{button}”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/signing_screen.py" line="369" />
        <source>Sign inside the box. The button becomes active once your signature is complete.</source>
        <translation>Bubuhkan tanda tangan di dalam kotak. Tombol akan aktif setelah tanda tangan Anda lengkap.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/signing_screen.py" line="376" />
        <source>Nothing has been signed yet. Please sign inside the box first.</source>
        <translation>Belum ada tanda tangan. Silakan tanda tangani di dalam kotak terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/signing_screen.py" line="377" />
        <source>This is too small for a signature. Please sign with your full signature, or press “{button}” to begin again.</source>
        <translation>Tanda tangan ini terlalu kecil. Silakan bubuhkan tanda tangan lengkap Anda, atau tekan “{button}” untuk mengulang.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/signing_screen.py" line="383" />
        <source>another station</source>
        <translation>perangkat lain</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/signing_screen.py" line="386" />
        <source>You already signed this pledge on {when} at {where}. Nothing new was recorded; please tell the registration staff.</source>
        <translation>Anda sudah menandatangani ikrar ini pada {when} di {where}. Tidak ada yang dicatat ulang; mohon sampaikan kepada petugas registrasi.</translation>
    </message>
</context>
<context>
    <name>StaffCorner</name>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/kiosk.py" line="66" />
        <source>Staff</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/kiosk.py" line="77" />
        <source>Keep holding…</source>
        <translation>Tahan terus…</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/kiosk.py" line="83" />
        <source>Staff: hold 2 s</source>
        <translation>Petugas: tahan 2 detik</translation>
    </message>
</context>
<context>
    <name>StationPage</name>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/station_page.py" line="76" />
        <source>Scan a badge, or type a name or NIP</source>
        <translation>Pindai kartu, atau ketik nama atau NIP</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/station_page.py" line="95" />
        <source>Register walk-in…</source>
        <translation>Daftarkan peserta tambahan…</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/station_page.py" line="97" />
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/station_page.py" line="124" />
        <source>Stop this signing</source>
        <translation>Hentikan tanda tangan ini</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/station_page.py" line="188" />
        <source>This event does not allow walk-ins.</source>
        <translation>Acara ini tidak menerima peserta tambahan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/station_page.py" line="198" />
        <source>No event on this station yet.</source>
        <translation>Belum ada acara di perangkat ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/station_page.py" line="200" />
        <source>Check-in for this event is closed at this station.</source>
        <translation>Registrasi acara ini sudah ditutup di perangkat ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/station_page.py" line="201" />
        <source>Scan the next badge, or search by name or NIP.</source>
        <translation>Pindai kartu berikutnya, atau cari nama atau NIP.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/station_page.py" line="209" />
        <location filename="../../desktop/ikrar/ui/desk/station_page.py" line="428" />
        <source>Scan a badge, or type a name or NIP on the left.</source>
        <translation>Pindai kartu, atau ketik nama atau NIP di sebelah kiri.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/station_page.py" line="223" />
        <source>An administrator creates the event with “ikrar event create”.</source>
        <translation>Administrator membuat acara dengan “ikrar event create”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/station_page.py" line="225" />
        <source>This event's roster is empty. An administrator imports it (File ▸ Import roster…); walk-ins can still be registered if the event allows them.</source>
        <translation>Daftar peserta acara ini kosong. Administrator mengimpornya (Berkas ▸ Impor daftar pegawai…); peserta tambahan tetap bisa didaftarkan bila acara mengizinkan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/station_page.py" line="248" />
        <source>{name} is not on this event's roster, and the event does not allow walk-ins.</source>
        <translation>{name} tidak ada di daftar peserta acara ini, dan acara ini tidak menerima peserta tambahan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/station_page.py" line="256" />
        <source>Check that this is {name}, then confirm.</source>
        <translation>Pastikan ini {name}, lalu konfirmasi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/station_page.py" line="261" />
        <source>{name} is not on this event's roster: confirming registers a walk-in.</source>
        <translation>{name} tidak ada di daftar peserta acara ini: konfirmasi akan mendaftarkannya sebagai peserta tambahan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/station_page.py" line="271" />
        <source>{name} already signed: {when} at {station}. Nothing new was recorded.</source>
        <translation>{name} sudah menandatangani: {when} di {station}. Tidak ada yang dicatat lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/station_page.py" line="317" />
        <source>Enter opens the highlighted person; ↑ ↓ choose.</source>
        <translation>Enter membuka orang yang disorot; ↑ ↓ untuk memilih.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/station_page.py" line="320" />
        <source>Nobody found. Check the spelling, or register a walk-in.</source>
        <translation>Tidak ditemukan. Periksa ejaannya, atau daftarkan peserta tambahan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/station_page.py" line="330" />
        <source>No badge? Type part of the name or the NIP: people appear here as you type. Titles, capitals and small typos do not matter.</source>
        <translation>Tanpa kartu? Ketik sebagian nama atau NIP: hasilnya muncul di sini saat Anda mengetik. Gelar, huruf besar-kecil, dan salah ketik kecil tidak masalah.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/station_page.py" line="336" />
        <source>walk-in</source>
        <translation>peserta tambahan</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/station_page.py" line="338" />
        <source>not on this event's roster</source>
        <translation>tidak ada di daftar peserta acara ini</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/station_page.py" line="410" />
        <source>{name} is signing on the attendee screen. You can scan the next badge.</source>
        <translation>{name} sedang menandatangani di layar peserta. Anda bisa memindai kartu berikutnya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/station_page.py" line="417" />
        <source>{name} is signing on the attendee screen…</source>
        <translation>{name} sedang menandatangani di layar peserta…</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/station_page.py" line="433" />
        <source>{sentence} Ready for the next person.</source>
        <translation>{sentence} Siap untuk peserta berikutnya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/station_page.py" line="445" />
        <source>Signing for {name} stopped; nothing was saved.</source>
        <translation>Tanda tangan {name} dihentikan; tidak ada yang disimpan.</translation>
    </message>
</context>
<context>
    <name>StationStatusBar</name>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/status_bar.py" line="24" />
        <source>unnamed</source>
        <translation>tanpa nama</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/status_bar.py" line="25" />
        <source>Station: {name}</source>
        <translation>Perangkat: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/status_bar.py" line="26" />
        <source>Data folder: {path}</source>
        <translation>Folder data: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/status_bar.py" line="34" />
        <source>Demo data (fictional people)</source>
        <translation>Data demo (orang fiktif)</translation>
    </message>
</context>
<context>
    <name>StatusBanner</name>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/feedback.py" line="58" />
        <source>READY</source>
        <translation>SIAP</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/feedback.py" line="59" />
        <source>SAVED</source>
        <translation>TERSIMPAN</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/feedback.py" line="60" />
        <source>ATTENTION</source>
        <translation>PERHATIAN</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/feedback.py" line="61" />
        <source>PROBLEM</source>
        <translation>MASALAH</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/sync_status.py" line="115" />
        <source>Clock %1 min slow: set the time</source>
        <translation>Jam terlambat %1 menit: atur waktunya</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/sync_status.py" line="116" />
        <source>Clock %1 min fast: set the time</source>
        <translation>Jam terlalu cepat %1 menit: atur waktunya</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ikrar/ui/widgets/sync_status.py" line="121" />
        <source>%n waiting</source>
        <translation>
            <numerusform>%n menunggu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/sync_status.py" line="123" />
        <source>Not joined to a hub</source>
        <translation>Belum tergabung ke hub</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/sync_status.py" line="125" />
        <source>Syncing…</source>
        <translation>Menyinkronkan…</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/sync_status.py" line="127" />
        <source>Offline</source>
        <translation>Luring</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/sync_status.py" line="129" />
        <source>Sync failed</source>
        <translation>Sinkronisasi gagal</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/sync_status.py" line="131" />
        <source>Never synced</source>
        <translation>Belum pernah sinkron</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/sync_status.py" line="135" />
        <source>Synced at %1</source>
        <translation>Tersinkron pukul %1</translation>
    </message>
</context>
<context>
    <name>TaskBar</name>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/jobs.py" line="188" />
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/jobs.py" line="209" />
        <source>{done} of {total}</source>
        <translation>{done} dari {total}</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/jobs.py" line="214" />
        <source>Cancelling…</source>
        <translation>Membatalkan…</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/verify_page.py" line="110" />
        <source>Scan the QR code of a certificate or badge, paste its text, or open a PDF or picture of it.</source>
        <translation>Pindai kode QR sertifikat atau kartu, tempel teksnya, atau buka PDF atau gambarnya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/verify_page.py" line="115" />
        <source>Scan or paste the code here</source>
        <translation>Pindai atau tempel kodenya di sini</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/verify_page.py" line="121" />
        <source>Check</source>
        <translation>Periksa</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/verify_page.py" line="123" />
        <source>Open file…</source>
        <translation>Buka berkas…</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/verify_page.py" line="125" />
        <source>Agency public key…</source>
        <translation>Kunci publik instansi…</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/verify_page.py" line="235" />
        <source>This computer does not hold the agency's public key, so nothing can be checked. Choose the key file (Agency public key…), or enrol the station.</source>
        <translation>Komputer ini tidak menyimpan kunci publik instansi, sehingga belum ada yang dapat diperiksa. Pilih berkas kuncinya (Kunci publik instansi…), atau daftarkan perangkat ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/verify_page.py" line="243" />
        <source>No agency public key on this computer.</source>
        <translation>Tidak ada kunci publik instansi di komputer ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/verify_page.py" line="245" />
        <source>Checked against agency key {key} ({fingerprint})</source>
        <translation>Diperiksa dengan kunci instansi {key} ({fingerprint})</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/verify_page.py" line="250" />
        <source>Agency public key</source>
        <translation>Kunci publik instansi</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/verify_page.py" line="251" />
        <source>Public keys (*.pub *.pem);;All files (*)</source>
        <translation>Kunci publik (*.pub *.pem);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/verify_page.py" line="258" />
        <source>{file} is not a public key Ikrar can use ({reason}).</source>
        <translation>{file} bukan kunci publik yang dapat dipakai Ikrar ({reason}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/verify_page.py" line="290" />
        <source>Open a certificate or badge</source>
        <translation>Buka sertifikat atau kartu</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/verify_page.py" line="291" />
        <source>PDF or picture (*.pdf *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>PDF atau gambar (*.pdf *.png *.jpg *.jpeg);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/verify_page.py" line="299" />
        <source>Reading {file}</source>
        <translation>Membaca {file}</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/verify_page.py" line="304" />
        <source>Something went wrong ({error}). The details are in the log file.</source>
        <translation>Terjadi kesalahan ({error}). Rinciannya ada di berkas log.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/verify_page.py" line="324" />
        <source>The code is genuine, but this page is not the document it was signed for: the code belongs to a {document} and was put on another document. This page is not genuine.</source>
        <translation>Kodenya asli, tetapi halaman ini bukan dokumen yang ditandatangani dengan kode itu: kode ini milik {document} dan ditempelkan pada dokumen lain. Halaman ini tidak asli.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/verify_page.py" line="335" />
        <source>VALID</source>
        <translation>SAH</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/verify_page.py" line="335" />
        <source>INVALID</source>
        <translation>TIDAK SAH</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/verify_page.py" line="355" />
        <source>not in the code (an older certificate)</source>
        <translation>tidak ada dalam kode (sertifikat format lama)</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/verify_page.py" line="356" />
        <source>Original</source>
        <translation>Asli</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/verify_page.py" line="356" />
        <source>SALINAN ke-{n} (a copy)</source>
        <translation>SALINAN ke-{n}</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/verify_page.py" line="370" />
        <source>{pages} pages: {valid} valid, {invalid} invalid, {unreadable} unreadable</source>
        <translation>{pages} halaman: {valid} sah, {invalid} tidak sah, {unreadable} tidak terbaca</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/verify_page.py" line="376" />
        <source>{pages} pages: {valid} valid</source>
        <translation>{pages} halaman: {valid} sah</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/verify_page.py" line="381" />
        <source>Page {page}: {reason}</source>
        <translation>Halaman {page}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/verify_page.py" line="388" />
        <location filename="../../desktop/ikrar/ui/clerk/verify_page.py" line="396" />
        <source>NIP {nip}</source>
        <translation>NIP {nip}</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/verify_page.py" line="389" />
        <source>No. {number}</source>
        <translation>No. {number}</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/verify_page.py" line="392" />
        <source>The code is genuine. Compare the name, NIP, number and copy above with the paper: if anything differs, the paper is not this certificate.</source>
        <translation>Kodenya asli. Bandingkan nama, NIP, nomor dan status salinan di atas dengan kertasnya: jika ada yang berbeda, kertas itu bukan sertifikat ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/verify_page.py" line="399" />
        <source>Employee badge of {name}</source>
        <translation>Kartu pegawai atas nama {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/verify_page.py" line="400" />
        <source>Pledge certificate of {name}</source>
        <translation>Sertifikat ikrar atas nama {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/verify_page.py" line="405" />
        <source>not in this database</source>
        <translation>tidak ada di basis data ini</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/verify_page.py" line="406" />
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/verify_page.py" line="407" />
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/verify_page.py" line="410" />
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/verify_page.py" line="411" />
        <source>Copy</source>
        <translation>Salinan</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/verify_page.py" line="412" />
        <source>Event</source>
        <translation>Acara</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/verify_page.py" line="413" />
        <source>Signed</source>
        <translation>Ditandatangani</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/verify_page.py" line="414" />
        <source>Printed by</source>
        <translation>Dicetak oleh</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/verify_page.py" line="414" />
        <source>{station}, {day}</source>
        <translation>{station}, {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/verify_page.py" line="417" />
        <source>Agency key</source>
        <translation>Kunci instansi</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/walk_in_dialog.py" line="45" />
        <source>Register a walk-in</source>
        <translation>Daftarkan peserta tambahan</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/walk_in_dialog.py" line="47" />
        <source>For someone who is not on this event's roster. Check their identity card; they will be marked as a walk-in.</source>
        <translation>Untuk orang yang tidak ada di daftar peserta acara ini. Periksa kartu identitasnya; ia akan ditandai sebagai peserta tambahan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/walk_in_dialog.py" line="56" />
        <source>e.g. Dr. H.</source>
        <translation>mis. Dr. H.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/walk_in_dialog.py" line="59" />
        <source>e.g. S.Kom., M.Si.</source>
        <translation>mis. S.Kom., M.Si.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/walk_in_dialog.py" line="78" />
        <source>Type to choose from the roster's units</source>
        <translation>Ketik untuk memilih unit kerja dari daftar pegawai</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/walk_in_dialog.py" line="84" />
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/walk_in_dialog.py" line="86" />
        <source>Front title</source>
        <translation>Gelar depan</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/walk_in_dialog.py" line="87" />
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/walk_in_dialog.py" line="88" />
        <source>Back title</source>
        <translation>Gelar belakang</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/walk_in_dialog.py" line="89" />
        <source>Rank</source>
        <translation>Pangkat</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/walk_in_dialog.py" line="90" />
        <source>Grade</source>
        <translation>Golongan</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/walk_in_dialog.py" line="91" />
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/walk_in_dialog.py" line="92" />
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/walk_in_dialog.py" line="100" />
        <source>Register and show the card</source>
        <translation>Daftarkan dan tampilkan kartu</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/walk_in_dialog.py" line="101" />
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/walk_in_dialog.py" line="123" />
        <source>Enter the 18-digit NIP.</source>
        <translation>Masukkan NIP 18 angka.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/walk_in_dialog.py" line="134" />
        <source>{kind}, born {born}</source>
        <translation>{kind}, lahir {born}</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/walk_in_dialog.py" line="153" />
        <source>— (PPPK have no rank)</source>
        <translation>— (PPPK tidak berpangkat)</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/walk_in_dialog.py" line="195" />
        <source>“{unit}” is not a unit on the roster. Register it as a new unit</source>
        <translation>“{unit}” tidak ada di daftar pegawai. Daftarkan sebagai unit kerja baru</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/welcome_page.py" line="74" />
        <source>Please scan your card</source>
        <translation>Silakan pindai kartu Anda</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/welcome_page.py" line="75" />
        <source>Welcome. Please wait until the registration desk calls your name.</source>
        <translation>Selamat datang. Silakan menunggu sampai nama Anda dipanggil petugas registrasi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/welcome_page.py" line="79" />
        <source>Welcome</source>
        <translation>Selamat datang</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../desktop/ikrar/app.py" line="39" />
        <source>Something went wrong and Ikrar could not finish what it was doing.</source>
        <translation>Terjadi kesalahan dan Ikrar tidak dapat menyelesaikan pekerjaannya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/app.py" line="42" />
        <source>Error: {error}

The details were written to the log file:
{path}

Please send that file to whoever supports Ikrar for you. Records already saved are safe.</source>
        <translation>Kesalahan: {error}

Rinciannya ditulis ke berkas log:
{path}

Kirimkan berkas itu kepada petugas yang menangani Ikrar di tempat Anda. Data yang sudah tersimpan tetap aman.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/app.py" line="142" />
        <source>This data folder belongs to a hub that keeps its data in PostgreSQL:
{path}

The app works on a data folder of its own. Start Ikrar with another data folder; the hub's figures are in its web console.</source>
        <translation>Folder data ini milik hub yang menyimpan datanya di PostgreSQL:
{path}

Aplikasi bekerja pada folder data miliknya sendiri. Jalankan Ikrar dengan folder data lain; angka-angka hub ada di konsol web-nya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/app.py" line="152" />
        <source>Ikrar is already open on this data folder:
{path}

Use the window that is open, or close it before starting Ikrar again.</source>
        <translation>Ikrar sudah terbuka pada folder data ini:
{path}

Gunakan jendela yang sudah terbuka, atau tutup dulu sebelum membuka Ikrar lagi.</translation>
    </message>
</context>
</TS>