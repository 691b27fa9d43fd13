<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AttendeeCard</name>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/attendee_card.py" line="91"/>
        <source>Confirm — start signing</source>
        <translation>Konfirmasi — mulai tanda tangan</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/attendee_card.py" line="96"/>
        <source>Not this person</source>
        <translation>Bukan orang ini</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/attendee_card.py" line="136"/>
        <source>Walk-in: registered at the event, not on the imported roster.</source>
        <translation>Peserta tambahan: didaftarkan di lokasi acara, tidak ada di daftar pegawai yang diimpor.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/attendee_card.py" line="138"/>
        <source>Not on this event&apos;s roster: confirming registers them as a walk-in.</source>
        <translation>Tidak ada di daftar peserta acara ini: konfirmasi akan mendaftarkannya sebagai peserta tambahan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/attendee_card.py" line="147"/>
        <source>Check the name against the person. Enter or Space confirms; Esc cancels.</source>
        <translation>Cocokkan nama dengan orangnya. Enter atau Spasi untuk konfirmasi; Esc untuk batal.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/attendee_card.py" line="149"/>
        <source>The attendee screen is still in use; confirm when it is free.</source>
        <translation>Layar peserta masih dipakai; konfirmasi setelah layar kosong.</translation>
    </message>
</context>
<context>
    <name>AttendeeWindow</name>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/attendee_window.py" line="108"/>
        <source>Ikrar — attendee screen</source>
        <translation>Ikrar — layar peserta</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/attendee_window.py" line="144"/>
        <source>Welcome. Scan the QR code on your badge to begin.</source>
        <translation>Selamat datang. Pindai kode QR pada kartu pegawai Anda untuk memulai.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/attendee_window.py" line="146"/>
        <source>Welcome. Please wait until the registration desk calls your name.</source>
        <translation>Selamat datang. Silakan menunggu sampai nama Anda dipanggil petugas registrasi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/attendee_window.py" line="220"/>
        <source>You are not on this event&apos;s roster. Please ask the registration staff.</source>
        <translation>Anda tidak ada di daftar peserta acara ini. Silakan hubungi petugas registrasi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/attendee_window.py" line="223"/>
        <source>Please ask the registration staff for help.</source>
        <translation>Silakan minta bantuan petugas registrasi.</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_page.py" line="74"/>
        <source>Search kind, subject or details…</source>
        <translation>Cari jenis, subjek, atau rincian…</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_page.py" line="76"/>
        <source>Verify chain</source>
        <translation>Periksa rantai</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_page.py" line="78"/>
        <source>Export CSV…</source>
        <translation>Ekspor CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_page.py" line="82"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_page.py" line="82"/>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_page.py" line="82"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_page.py" line="82"/>
        <source>Subject</source>
        <translation>Subjek</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_page.py" line="83"/>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_page.py" line="113"/>
        <source>Audit chain intact: verified up to event {n}</source>
        <translation>Rantai audit utuh: terverifikasi sampai peristiwa ke-{n}</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_page.py" line="118"/>
        <source>Audit chain BROKEN at event {n}: verified up to event {ok}. {reason}</source>
        <translation>Rantai audit RUSAK pada peristiwa ke-{n}: terverifikasi sampai peristiwa ke-{ok}. {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_page.py" line="138"/>
        <source>Export the audit trail</source>
        <translation>Ekspor jejak audit</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_page.py" line="139"/>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_page.py" line="147"/>
        <source>Could not write {file}: {reason}</source>
        <translation>{file} tidak dapat ditulis: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/audit_page.py" line="150"/>
        <source>{count} events written to {file}</source>
        <translation>{count} peristiwa ditulis ke {file}</translation>
    </message>
</context>
<context>
    <name>CameraPanel</name>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/camera.py" line="263"/>
        <location filename="../../desktop/ikrar/ui/desk/camera.py" line="379"/>
        <location filename="../../desktop/ikrar/ui/desk/camera.py" line="389"/>
        <source>Start camera</source>
        <translation>Nyalakan kamera</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/camera.py" line="283"/>
        <source>Test images</source>
        <translation>Gambar uji</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/camera.py" line="286"/>
        <location filename="../../desktop/ikrar/ui/desk/camera.py" line="319"/>
        <location filename="../../desktop/ikrar/ui/desk/camera.py" line="380"/>
        <source>Camera off.</source>
        <translation>Kamera mati.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/camera.py" line="311"/>
        <source>QR decoding is not installed on this computer (zxing-cpp). Use the scanner or the search.</source>
        <translation>Pembaca kode QR (zxing-cpp) tidak terpasang di komputer ini. Gunakan pemindai atau pencarian.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/camera.py" line="315"/>
        <source>No camera found. Connect a webcam, or use the scanner or the search.</source>
        <translation>Kamera tidak ditemukan. Sambungkan webcam, atau gunakan pemindai atau pencarian.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/camera.py" line="372"/>
        <source>Stop camera</source>
        <translation>Matikan kamera</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/camera.py" line="373"/>
        <source>Hold the badge&apos;s QR code in front of the camera.</source>
        <translation>Arahkan kode QR kartu pegawai ke kamera.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/camera.py" line="393"/>
        <source>The camera stopped (it was unplugged or is used by another program). Plug it in again and press “Start camera”, or use the scanner or the search.</source>
        <translation>Kamera berhenti (kabelnya tercabut atau dipakai program lain). Sambungkan lagi lalu tekan “Nyalakan kamera”, atau gunakan pemindai atau pencarian.</translation>
    </message>
</context>
<context>
    <name>CertificateTable</name>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/certificate_list.py" line="88"/>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/certificate_list.py" line="88"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/certificate_list.py" line="88"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/certificate_list.py" line="88"/>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/certificate_list.py" line="89"/>
        <source>Printed</source>
        <translation>Dicetak</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/certificate_list.py" line="110"/>
        <source>not yet</source>
        <translation>belum</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/certificate_list.py" line="112"/>
        <source>yes</source>
        <translation>sudah</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/certificate_list.py" line="113"/>
        <source>yes + {copies} SALINAN</source>
        <translation>sudah + {copies} salinan</translation>
    </message>
</context>
<context>
    <name>ClerkPage</name>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/clerk_page.py" line="134"/>
        <source>Not printed yet</source>
        <translation>Belum dicetak</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/clerk_page.py" line="135"/>
        <source>Printed</source>
        <translation>Sudah dicetak</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/clerk_page.py" line="135"/>
        <source>All</source>
        <translation>Semua</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/clerk_page.py" line="159"/>
        <source>Prepare certificates</source>
        <translation>Siapkan sertifikat</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/clerk_page.py" line="163"/>
        <source>Certificate number</source>
        <translation>Nomor sertifikat</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/clerk_page.py" line="166"/>
        <source>Prepare a copy (SALINAN)</source>
        <translation>Siapkan salinan (SALINAN)</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/clerk_page.py" line="180"/>
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/clerk_page.py" line="182"/>
        <source>Save PDF…</source>
        <translation>Simpan PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/clerk_page.py" line="195"/>
        <source>Event</source>
        <translation>Acara</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/clerk_page.py" line="196"/>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/clerk_page.py" line="197"/>
        <source>Print status</source>
        <translation>Status cetak</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/clerk_page.py" line="199"/>
        <source>Reprint one:</source>
        <translation>Cetak ulang satu:</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/clerk_page.py" line="260"/>
        <source>All units</source>
        <translation>Semua unit kerja</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/clerk_page.py" line="262"/>
        <source>(no unit)</source>
        <translation>(tanpa unit)</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/clerk_page.py" line="278"/>
        <source>No event yet.</source>
        <translation>Belum ada acara.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/clerk_page.py" line="288"/>
        <source>{signed} signed · {printed} printed · {waiting} not printed yet</source>
        <translation>{signed} sudah tanda tangan · {printed} sudah dicetak · {waiting} belum dicetak</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/clerk_page.py" line="291"/>
        <source>{shown} listed</source>
        <translation>{shown} ditampilkan</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/clerk_page.py" line="315"/>
        <source>There is no event yet.</source>
        <translation>Belum ada acara.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/clerk_page.py" line="317"/>
        <source>The event has no presiding official: certificates need the official&apos;s title and name. An administrator sets them on the Event page.</source>
        <translation>Acara ini belum memiliki pejabat yang memimpin: sertifikat memerlukan jabatan dan nama pejabat. Administrator mengisinya di halaman Acara.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/clerk_page.py" line="323"/>
        <source>This station has no certificate from the agency yet, so it cannot sign certificates. Enrol it with the hub, or have the administrator run `ikrar keys certify-station` here.</source>
        <translation>Perangkat ini belum memiliki sertifikat dari instansi, sehingga belum dapat menandatangani sertifikat. Daftarkan perangkat ke hub, atau minta administrator menjalankan `ikrar keys certify-station` di sini.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/clerk_page.py" line="333"/>
        <source>No certificates to print with these filters.</source>
        <translation>Tidak ada sertifikat untuk dicetak dengan saringan ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/clerk_page.py" line="338"/>
        <source>Preparing certificates</source>
        <translation>Menyiapkan sertifikat</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/clerk_page.py" line="347"/>
        <source>Type the number of the certificate to reprint.</source>
        <translation>Ketik nomor sertifikat yang akan dicetak ulang.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/clerk_page.py" line="349"/>
        <source>There is no certificate numbered {number} on this station.</source>
        <translation>Tidak ada sertifikat bernomor {number} di perangkat ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/clerk_page.py" line="352"/>
        <source>Certificate {number} was voided; it cannot be reprinted.</source>
        <translation>Sertifikat {number} sudah dibatalkan; tidak dapat dicetak ulang.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/clerk_page.py" line="355"/>
        <source>Certificate {number} was never printed: print it with the others instead of as a copy.</source>
        <translation>Sertifikat {number} belum pernah dicetak: cetak bersama yang lain, bukan sebagai salinan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/clerk_page.py" line="362"/>
        <source>Preparing a copy of {number}</source>
        <translation>Menyiapkan salinan {number}</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/clerk_page.py" line="400"/>
        <source>{pages} pages ready ({copies} of them copies)</source>
        <translation>{pages} halaman siap ({copies} di antaranya salinan)</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/clerk_page.py" line="403"/>
        <source>{pages} pages ready</source>
        <translation>{pages} halaman siap</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/clerk_page.py" line="405"/>
        <source>{count} certificates are ready. Check the preview, then print them or save a PDF; nothing is marked printed before that.</source>
        <translation>{count} sertifikat siap. Periksa pratinjaunya, lalu cetak atau simpan sebagai PDF; belum ada yang ditandai tercetak sebelum itu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/clerk_page.py" line="413"/>
        <source>Print certificates</source>
        <translation>Cetak sertifikat</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/clerk_page.py" line="418"/>
        <source>Printing on {printer}</source>
        <translation>Mencetak ke {printer}</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/clerk_page.py" line="426"/>
        <source>Save certificates as PDF</source>
        <translation>Simpan sertifikat sebagai PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/clerk_page.py" line="426"/>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/clerk_page.py" line="433"/>
        <source>Saving {file}</source>
        <translation>Menyimpan {file}</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/clerk_page.py" line="445"/>
        <source>{count} certificates sent to {printer} and marked printed.</source>
        <translation>{count} sertifikat dikirim ke {printer} dan ditandai tercetak.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/clerk_page.py" line="447"/>
        <source>{count} certificates saved to {printer} and marked printed.</source>
        <translation>{count} sertifikat disimpan ke {printer} dan ditandai tercetak.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/clerk_page.py" line="454"/>
        <source>Cancelled: nothing was written and nothing was marked printed.</source>
        <translation>Dibatalkan: tidak ada yang ditulis dan tidak ada yang ditandai tercetak.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/clerk_page.py" line="456"/>
        <source>Something went wrong and nothing was marked printed ({error}). The details are in the log file.</source>
        <translation>Terjadi kesalahan dan tidak ada yang ditandai tercetak ({error}). Rinciannya ada di berkas log.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/dashboard.py" line="168"/>
        <source>Check-ins per 5 minutes</source>
        <translation>Registrasi per 5 menit</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/dashboard.py" line="239"/>
        <source>No event</source>
        <translation>Belum ada acara</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/dashboard.py" line="244"/>
        <source>have pledged ({percent}%)</source>
        <translation>sudah berikrar ({percent}%)</translation>
    </message>
</context>
<context>
    <name>DuplicatePanel</name>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/attendee_card.py" line="180"/>
        <source>Already signed — nothing new was recorded</source>
        <translation>Sudah menandatangani — tidak ada yang dicatat lagi</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/attendee_card.py" line="187"/>
        <source>OK, next person</source>
        <translation>OK, peserta berikutnya</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/attendee_card.py" line="212"/>
        <source>When: {when}</source>
        <translation>Kapan: {when}</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/attendee_card.py" line="213"/>
        <source>Where: {station}</source>
        <translation>Di mana: {station}</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/attendee_card.py" line="214"/>
        <source>How: {method}</source>
        <translation>Cara: {method}</translation>
    </message>
</context>
<context>
    <name>EventHeader</name>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/event_header.py" line="76"/>
        <source>Expected</source>
        <translation>Terdaftar</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/event_header.py" line="77"/>
        <source>Signed</source>
        <translation>Sudah tanda tangan</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/event_header.py" line="78"/>
        <source>Walk-ins</source>
        <translation>Datang langsung</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/event_header.py" line="79"/>
        <source>Duplicates</source>
        <translation>Ganda</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/event_header.py" line="85"/>
        <source>No event yet — create one with &lt;b&gt;ikrar event create&lt;/b&gt; or open the demo with &lt;b&gt;ikrar demo&lt;/b&gt;.</source>
        <translation>Belum ada acara — buat dengan &lt;b&gt;ikrar event create&lt;/b&gt; atau buka demo dengan &lt;b&gt;ikrar demo&lt;/b&gt;.</translation>
    </message>
</context>
<context>
    <name>EventPage</name>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="97"/>
        <source>No event yet — create one with &lt;b&gt;ikrar event create&lt;/b&gt; or open the demo with &lt;b&gt;ikrar demo&lt;/b&gt;.</source>
        <translation>Belum ada acara — buat dengan &lt;b&gt;ikrar event create&lt;/b&gt; atau buka demo dengan &lt;b&gt;ikrar demo&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="113"/>
        <source>the place on certificates, e.g. Sumedang</source>
        <translation>tempat pada sertifikat, mis. Sumedang</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="118"/>
        <source>One line per line of the letterhead</source>
        <translation>Satu baris untuk setiap baris kop surat</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="120"/>
        <source>no logo</source>
        <translation>tanpa logo</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="122"/>
        <source>e.g. Pj. Sekretaris Daerah</source>
        <translation>mis. Pj. Sekretaris Daerah</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="124"/>
        <source>Acting official (name printed without academic titles)</source>
        <translation>Pejabat Plt./Pj. (nama dicetak tanpa gelar akademik)</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="126"/>
        <source>no signature</source>
        <translation>tanpa tanda tangan</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="129"/>
        <source>default seal</source>
        <translation>cap bawaan</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="134"/>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="134"/>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="208"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="134"/>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="207"/>
        <source>Title</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="140"/>
        <source>Add witness</source>
        <translation>Tambah saksi</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="142"/>
        <source>Remove witness</source>
        <translation>Hapus saksi</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="146"/>
        <source>{seq}: number at this station, {station}: station code (both required); also {year}, {month}, {roman_month}.</source>
        <translation>{seq}: nomor urut di perangkat ini, {station}: kode perangkat (keduanya wajib); juga {year}, {month}, {roman_month}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="150"/>
        <source>Only signed badges check people in</source>
        <translation>Hanya kartu bertanda tangan digital yang diterima</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="151"/>
        <source>Walk-ins allowed</source>
        <translation>Peserta tambahan diterima</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="152"/>
        <source>Keep pen timing and pressure (biometrics)</source>
        <translation>Simpan waktu dan tekanan pena (biometrik)</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="156"/>
        <source> days</source>
        <translation> hari</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="163"/>
        <source>Changing the text after the first signature makes a new version: whoever signed keeps the text they signed, on their certificate too.</source>
        <translation>Mengubah teks setelah tanda tangan pertama membuat versi baru: setiap penanda tangan tetap memegang teks yang ditandatanganinya, juga pada sertifikatnya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="167"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="170"/>
        <source>Undo changes</source>
        <translation>Batalkan perubahan</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="174"/>
        <source>Save badge sheets (PDF)…</source>
        <translation>Simpan lembar kartu (PDF)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="176"/>
        <source>Print badge sheets…</source>
        <translation>Cetak lembar kartu…</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="198"/>
        <source>Event</source>
        <translation>Acara</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="199"/>
        <source>Name of the event</source>
        <translation>Nama acara</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="200"/>
        <source>Date and time</source>
        <translation>Tanggal dan jam</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="201"/>
        <source>Time zone</source>
        <translation>Zona waktu</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="201"/>
        <source>City</source>
        <translation>Kota</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="202"/>
        <source>Venue</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="202"/>
        <source>Agency</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="203"/>
        <source>Organising unit</source>
        <translation>Unit penyelenggara</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="204"/>
        <source>Letterhead</source>
        <translation>Kop surat</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="205"/>
        <source>Lines</source>
        <translation>Baris</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="205"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="206"/>
        <source>Presiding official</source>
        <translation>Pejabat yang memimpin</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="209"/>
        <source>Signature</source>
        <translation>Tanda tangan</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="209"/>
        <source>Seal</source>
        <translation>Cap</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="210"/>
        <source>Witnesses</source>
        <translation>Saksi</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="214"/>
        <source>Certificates</source>
        <translation>Sertifikat</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="215"/>
        <source>Numbering</source>
        <translation>Penomoran</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="216"/>
        <source>Policies</source>
        <translation>Kebijakan</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="218"/>
        <source>Keep biometrics for</source>
        <translation>Simpan biometrik selama</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="226"/>
        <source>Pledge</source>
        <translation>Ikrar</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="225"/>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="457"/>
        <source>Badge sheets</source>
        <translation>Lembar kartu peserta</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="225"/>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="292"/>
        <source>All units on the roster</source>
        <translation>Semua unit kerja</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="296"/>
        <source>(no unit)</source>
        <translation>(tanpa unit)</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="305"/>
        <source>Version {version}: {signed} signed this text.</source>
        <translation>Versi {version}: {signed} orang menandatangani teks ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="308"/>
        <source>{earlier} signed earlier versions and keep them.</source>
        <translation>{earlier} orang menandatangani versi sebelumnya dan tetap memegangnya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="339"/>
        <source>Witness {row} has no name: give one, or remove the row.</source>
        <translation>Saksi {row} belum bernama: isi namanya, atau hapus barisnya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="348"/>
        <source>The event needs a title.</source>
        <translation>Acara harus memiliki judul.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="353"/>
        <source>The numbering pattern {pattern} cannot be used; see the fields listed under it. ({reason})</source>
        <translation>Pola penomoran {pattern} tidak dapat dipakai; lihat kolom yang tercantum di bawahnya. ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="386"/>
        <source>The pledge text cannot be used: {reason}</source>
        <translation>Teks ikrar tidak dapat dipakai: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="409"/>
        <source>Nothing was saved: {reason}</source>
        <translation>Tidak ada yang disimpan: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="414"/>
        <source>Nothing changed.</source>
        <translation>Tidak ada yang berubah.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="416"/>
        <source>The event was saved.</source>
        <translation>Acara sudah disimpan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="418"/>
        <source>The pledge is now version {version}. Stations show the new text once they have synced.</source>
        <translation>Ikrar sekarang versi {version}. Perangkat lain menampilkan teks baru setelah tersinkron.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="434"/>
        <source>There is no agency key on this computer, and badges are signed with it. Run `ikrar keys init` here (the administrator&apos;s computer), or print badges where the key is.</source>
        <translation>Kunci instansi tidak ada di komputer ini, padahal kartu ditandatangani dengannya. Jalankan `ikrar keys init` di sini (komputer administrator), atau cetak kartu di komputer yang menyimpan kunci itu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="441"/>
        <source>Agency key</source>
        <translation>Kunci instansi</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="441"/>
        <source>Passphrase of the agency key:</source>
        <translation>Frasa sandi kunci instansi:</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="452"/>
        <source>Save badge sheets</source>
        <translation>Simpan lembar kartu</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="453"/>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="466"/>
        <source>Print badge sheets</source>
        <translation>Cetak lembar kartu</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="471"/>
        <source>Printing badge sheets</source>
        <translation>Mencetak lembar kartu</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="478"/>
        <source>{count} badges on {pages} pages: {where}.</source>
        <translation>{count} kartu pada {pages} halaman: {where}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_page.py" line="483"/>
        <source>Something went wrong ({error}). The details are in the log file.</source>
        <translation>Terjadi kesalahan ({error}). Rinciannya ada di berkas log.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/first_run.py" line="114"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/first_run.py" line="79"/>
        <location filename="../../desktop/ikrar/ui/admin/first_run.py" line="98"/>
        <source>Welcome to Ikrar</source>
        <translation>Selamat datang di Ikrar</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/first_run.py" line="101"/>
        <source>This computer has no event yet. How do you want to start?</source>
        <translation>Komputer ini belum memiliki acara. Bagaimana Anda ingin memulai?</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/first_run.py" line="104"/>
        <source>Create an event (administrator)</source>
        <translation>Buat acara (administrator)</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/first_run.py" line="105"/>
        <source>Join a hub with a code (station)</source>
        <translation>Bergabung ke hub dengan kode (perangkat)</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/first_run.py" line="106"/>
        <source>Open the demo</source>
        <translation>Buka demo</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/first_run.py" line="123"/>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/first_run.py" line="133"/>
        <source>e.g. Deklarasi Netralitas ASN</source>
        <translation>mis. Deklarasi Netralitas ASN</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/first_run.py" line="142"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/first_run.py" line="143"/>
        <source>Date and time</source>
        <translation>Tanggal dan jam</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/first_run.py" line="144"/>
        <source>Time zone</source>
        <translation>Zona waktu</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/first_run.py" line="145"/>
        <source>City (on certificates)</source>
        <translation>Kota (pada sertifikat)</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/first_run.py" line="146"/>
        <source>Venue</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/first_run.py" line="149"/>
        <source>Create event</source>
        <translation>Buat acara</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/first_run.py" line="159"/>
        <source>Hub address</source>
        <translation>Alamat hub</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/first_run.py" line="160"/>
        <source>Code from the administrator</source>
        <translation>Kode dari administrator</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/first_run.py" line="163"/>
        <source>Join</source>
        <translation>Bergabung</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/first_run.py" line="198"/>
        <source>Enter the hub&apos;s address and the code you were given.</source>
        <translation>Isi alamat hub dan kode yang Anda terima.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/first_run.py" line="201"/>
        <source>Joining the hub…</source>
        <translation>Sedang bergabung ke hub…</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/first_run.py" line="202"/>
        <source>Joining the hub</source>
        <translation>Bergabung ke hub</translation>
    </message>
</context>
<context>
    <name>ImageField</name>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_image.py" line="79"/>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_image.py" line="86"/>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_image.py" line="88"/>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_image.py" line="123"/>
        <source>Choose an image</source>
        <translation>Pilih gambar</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_image.py" line="124"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Gambar (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_image.py" line="131"/>
        <source>{file} is not an image Ikrar can use (damaged, or not a PNG or JPEG picture). Choose a PNG file.</source>
        <translation>{file} bukan gambar yang dapat dipakai Ikrar (rusak, atau bukan gambar PNG atau JPEG). Pilih berkas PNG.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/event_image.py" line="136"/>
        <source>The seal {file} has no transparent background, so it would hide the official&apos;s signature under it. Save it as a PNG with transparency.</source>
        <translation>Cap {file} tidak berlatar transparan, sehingga akan menutupi tanda tangan pejabat di bawahnya. Simpan sebagai PNG dengan latar transparan.</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/import_dialog.py" line="203"/>
        <source>An import is already running.</source>
        <translation>Impor lain masih berjalan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/import_dialog.py" line="207"/>
        <location filename="../../desktop/ikrar/ui/admin/import_dialog.py" line="226"/>
        <source>Import roster</source>
        <translation>Impor daftar pegawai</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/import_dialog.py" line="209"/>
        <source>Rosters (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>Daftar pegawai (*.csv *.xlsx);;Berkas CSV (*.csv);;Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/import_dialog.py" line="224"/>
        <source>Importing {file}…</source>
        <translation>Mengimpor {file}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/import_dialog.py" line="228"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/import_dialog.py" line="246"/>
        <source>Cancelling the import…</source>
        <translation>Membatalkan impor…</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/import_dialog.py" line="262"/>
        <source>Reading row {done}…</source>
        <translation>Membaca baris {done}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/import_dialog.py" line="267"/>
        <source>Reading row {done} of {total}…</source>
        <translation>Membaca baris {done} dari {total}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/import_dialog.py" line="289"/>
        <source>Import cancelled; nothing from the file was saved.</source>
        <translation>Impor dibatalkan; tidak ada data dari berkas itu yang disimpan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/import_dialog.py" line="293"/>
        <source>The import stopped because of an unexpected error; nothing was written.

{error}

The details are in the log file.</source>
        <translation>Impor berhenti karena kesalahan yang tidak terduga; tidak ada yang disimpan.

{error}

Rinciannya ada di berkas log.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/import_dialog.py" line="297"/>
        <source>Roster not imported</source>
        <translation>Daftar pegawai tidak diimpor</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/import_dialog.py" line="300"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/import_dialog.py" line="50"/>
        <source>Roster import — {file}</source>
        <translation>Impor daftar pegawai — {file}</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/import_dialog.py" line="56"/>
        <source>{imported} imported, {updated} updated, {unchanged} unchanged, {refused} refused</source>
        <translation>{imported} baru, {updated} diperbarui, {unchanged} tidak berubah, {refused} ditolak</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/import_dialog.py" line="69"/>
        <source>The roster was saved.</source>
        <translation>Daftar pegawai sudah disimpan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/import_dialog.py" line="71"/>
        <source>The roster was saved without the refused rows listed below.</source>
        <translation>Daftar pegawai sudah disimpan tanpa baris yang ditolak di bawah ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/import_dialog.py" line="74"/>
        <source>Nothing was written: {refused} rows were refused. Correct them in the file and import it again, or import only the valid rows.</source>
        <translation>Tidak ada yang disimpan: {refused} baris ditolak. Perbaiki baris itu di berkas lalu impor lagi, atau impor baris yang valid saja.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/import_dialog.py" line="78"/>
        <source>Nothing was written.</source>
        <translation>Tidak ada yang disimpan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/import_dialog.py" line="84"/>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/import_dialog.py" line="84"/>
        <source>Field</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/import_dialog.py" line="84"/>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/import_dialog.py" line="106"/>
        <source>Only the first {listed} of {total} problems are listed.</source>
        <translation>Hanya {listed} dari {total} masalah pertama yang ditampilkan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/import_dialog.py" line="115"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/import_dialog.py" line="119"/>
        <source>Import the valid rows only</source>
        <translation>Impor baris yang valid saja</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/import_dialog.py" line="138"/>
        <source>The NIP is empty; fill in the 18-digit NIP.</source>
        <translation>NIP kosong; isi 18 digit NIP.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/import_dialog.py" line="139"/>
        <source>The NIP contains letters or signs; an NIP has only digits.</source>
        <translation>NIP berisi huruf atau tanda; NIP hanya berisi angka.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/import_dialog.py" line="140"/>
        <source>The NIP does not have 18 digits; check for a missing or extra digit.</source>
        <translation>NIP tidak 18 digit; periksa apakah ada digit yang kurang atau lebih.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/import_dialog.py" line="143"/>
        <source>Excel turned the NIP into a number (e.g. 1.99E+17) and lost digits; format the NIP column as Text and type the NIP again.</source>
        <translation>Excel mengubah NIP menjadi angka (mis. 1.99E+17) sehingga digitnya hilang; format kolom NIP sebagai Teks lalu ketik ulang NIP.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/import_dialog.py" line="146"/>
        <source>The NIP cell is a number, not text; Excel keeps only 15 digits. Format the NIP column as Text and type the NIP again.</source>
        <translation>Sel NIP berisi angka, bukan teks; Excel hanya menyimpan 15 digit. Format kolom NIP sebagai Teks lalu ketik ulang NIP.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/import_dialog.py" line="148"/>
        <source>The first 8 digits of the NIP are not a plausible birth date.</source>
        <translation>8 digit pertama NIP bukan tanggal lahir yang wajar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/import_dialog.py" line="150"/>
        <source>The appointment date in the NIP is impossible (in the future, before age 18, or an invalid month).</source>
        <translation>Tanggal pengangkatan dalam NIP tidak mungkin (di masa depan, sebelum usia 18 tahun, atau bulan tidak sah).</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/import_dialog.py" line="152"/>
        <source>Digit 15 of the NIP (gender) must be 1 or 2.</source>
        <translation>Digit ke-15 NIP (jenis kelamin) harus 1 atau 2.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/import_dialog.py" line="153"/>
        <source>The last 3 digits of the NIP must be 001 to 999.</source>
        <translation>3 digit terakhir NIP harus 001 sampai 999.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/import_dialog.py" line="154"/>
        <source>This NIP appears on an earlier row too; remove one of the two rows.</source>
        <translation>NIP ini juga ada di baris sebelumnya; hapus salah satu dari kedua baris.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/import_dialog.py" line="156"/>
        <source>The name is empty; every row needs the employee&apos;s name.</source>
        <translation>Nama kosong; setiap baris harus berisi nama pegawai.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/import_dialog.py" line="157"/>
        <source>Unknown status; use PNS, CPNS or PPPK.</source>
        <translation>Status tidak dikenal; gunakan PNS, CPNS, atau PPPK.</translation>
    </message>
</context>
<context>
    <name>KioskGuard</name>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/kiosk.py" line="140"/>
        <source>This screen is locked for attendees. Staff: enter the operator or administrator PIN to leave it.</source>
        <translation>Layar ini terkunci untuk peserta. Petugas: masukkan PIN operator atau administrator untuk keluar.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="128"/>
        <source>Settings…</source>
        <translation>Pengaturan…</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="111"/>
        <source>Import roster…</source>
        <translation>Impor daftar pegawai…</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="113"/>
        <source>Read employees from a CSV or Excel (XLSX) file</source>
        <translation>Baca data pegawai dari berkas CSV atau Excel (XLSX)</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="116"/>
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="120"/>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="124"/>
        <source>Find employee</source>
        <translation>Cari pegawai</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="133"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="138"/>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="146"/>
        <source>Main toolbar</source>
        <translation>Bilah alat utama</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="163"/>
        <source>unnamed</source>
        <translation>tanpa nama</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="164"/>
        <source>Station: {name}</source>
        <translation>Perangkat: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="166"/>
        <source>Data folder: {path}</source>
        <translation>Folder data: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="170"/>
        <source>Demo data (fictional people)</source>
        <translation>Data demo (orang fiktif)</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="206"/>
        <source>demo</source>
        <translation>demo</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="226"/>
        <source>Please wait: the roster import is still running.</source>
        <translation>Mohon tunggu: impor daftar pegawai masih berjalan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="236"/>
        <source>Please wait, or press Cancel: certificates or badges are still being made.</source>
        <translation>Mohon tunggu, atau tekan Batal: sertifikat atau kartu masih sedang dibuat.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="252"/>
        <source>Registration desk</source>
        <translation>Meja registrasi</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="253"/>
        <source>Roster</source>
        <translation>Daftar pegawai</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="254"/>
        <source>Certificates</source>
        <translation>Sertifikat</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="255"/>
        <source>Verify</source>
        <translation>Verifikasi</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="256"/>
        <source>Event</source>
        <translation>Acara</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="257"/>
        <source>Dashboard</source>
        <translation>Dasbor</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="258"/>
        <source>Reconciliation</source>
        <translation>Rekonsiliasi</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="259"/>
        <source>Audit trail</source>
        <translation>Jejak audit</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="269"/>
        <source>Lock</source>
        <translation>Kunci</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="271"/>
        <source>Leave this role; the next person signs in with a PIN</source>
        <translation>Keluar dari peran ini; orang berikutnya masuk dengan PIN</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="274"/>
        <source>Self-service kiosk</source>
        <translation>Kios mandiri</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="275"/>
        <source>Attendees scan their own badge and sign; staff leave the kiosk with their PIN</source>
        <translation>Peserta memindai kartunya sendiri dan menandatangani; petugas keluar dari kios dengan PIN</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="278"/>
        <source>Show attendee screen</source>
        <translation>Tampilkan layar peserta</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="282"/>
        <source>Operator laptop + attendee screen</source>
        <translation>Laptop operator + layar peserta</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="283"/>
        <source>One self-service tablet</source>
        <translation>Satu tablet mandiri</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="292"/>
        <source>Sound on success, duplicate and error</source>
        <translation>Bunyi saat berhasil, ganda, dan galat</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="296"/>
        <source>Close check-in for this event</source>
        <translation>Tutup registrasi acara ini</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="299"/>
        <source>Role PINs…</source>
        <translation>PIN peran…</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="307"/>
        <source>&amp;Station</source>
        <translation>&amp;Perangkat</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="310"/>
        <source>Layout</source>
        <translation>Tata letak</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="331"/>
        <source>This page is not open to your role.</source>
        <translation>Halaman ini tidak terbuka untuk peran Anda.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="368"/>
        <source>Role: {role}</source>
        <translation>Peran: {role}</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="369"/>
        <source>Locked</source>
        <translation>Terkunci</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="401"/>
        <source>PIN for {role}:</source>
        <translation>PIN untuk {role}:</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="441"/>
        <source>Set an operator or administrator PIN first (Station ▸ Role PINs…): the kiosk is left with it.</source>
        <translation>Atur dulu PIN operator atau administrator (Perangkat ▸ PIN peran…): PIN itu dipakai untuk keluar dari kios.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="467"/>
        <source>A badge was scanned, but the registration desk is not open to your role.</source>
        <translation>Sebuah kartu dipindai, tetapi meja registrasi tidak terbuka untuk peran Anda.</translation>
    </message>
</context>
<context>
    <name>PdfPrinter</name>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/pdf_printer.py" line="37"/>
        <source>Cannot write the file {file}: its folder does not exist or is read-only. Nothing was printed or marked printed.</source>
        <translation>Berkas {file} tidak dapat ditulis: foldernya tidak ada atau hanya-baca. Tidak ada yang dicetak atau ditandai tercetak.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/pdf_printer.py" line="40"/>
        <source>No printer is installed on this computer. Install the printer, or save a PDF and print it elsewhere. Nothing was marked printed.</source>
        <translation>Tidak ada printer terpasang di komputer ini. Pasang printernya, atau simpan sebagai PDF dan cetak di tempat lain. Tidak ada yang ditandai tercetak.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/pdf_printer.py" line="43"/>
        <source>The printer {name} is not available (switched off, disconnected or removed). Choose another printer or save a PDF. Nothing was marked printed.</source>
        <translation>Printer {name} tidak tersedia (mati, terputus, atau dilepas). Pilih printer lain atau simpan sebagai PDF. Tidak ada yang ditandai tercetak.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/pdf_printer.py" line="46"/>
        <source>The printer {name} reports an error. Check it (paper, toner, cable) and try again. Nothing was marked printed.</source>
        <translation>Printer {name} melaporkan galat. Periksa printernya (kertas, tinta/toner, kabel) lalu coba lagi. Tidak ada yang ditandai tercetak.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/pdf_printer.py" line="49"/>
        <source>The prepared file {file} cannot be read; prepare it again.</source>
        <translation>Berkas yang disiapkan {file} tidak dapat dibaca; siapkan ulang.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/pdf_printer.py" line="51"/>
        <source>Printing cancelled: nothing was sent to the printer and nothing was marked printed.</source>
        <translation>Pencetakan dibatalkan: tidak ada yang dikirim ke printer dan tidak ada yang ditandai tercetak.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/pdf_printer.py" line="54"/>
        <source>The printer {name} did not take the job. Nothing was marked printed. ({reason})</source>
        <translation>Printer {name} tidak menerima pekerjaan cetak. Tidak ada yang ditandai tercetak. ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/pdf_printer.py" line="57"/>
        <source>The printer {name} did not accept the job. Check that it is on and connected, or save a PDF instead. Nothing was marked printed.</source>
        <translation>Printer {name} tidak menerima pekerjaan cetak. Pastikan printer menyala dan tersambung, atau simpan sebagai PDF. Tidak ada yang ditandai tercetak.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/pdf_printer.py" line="60"/>
        <source>The printer {name} stopped taking pages after page {page}. Nothing was marked printed; print the batch again.</source>
        <translation>Printer {name} berhenti menerima halaman setelah halaman {page}. Tidak ada yang ditandai tercetak; cetak ulang kelompok ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/pdf_printer.py" line="63"/>
        <source>The printer {name} failed while printing. Nothing was marked printed; check the printer and print again.</source>
        <translation>Printer {name} gagal saat mencetak. Tidak ada yang ditandai tercetak; periksa printer lalu cetak ulang.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/pdf_printer.py" line="66"/>
        <source>Cannot write {file}: {reason}. Choose another folder; nothing was marked printed.</source>
        <translation>{file} tidak dapat ditulis: {reason}. Pilih folder lain; tidak ada yang ditandai tercetak.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/pin_dialog.py" line="30"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/pin_dialog.py" line="31"/>
        <source>Clerk</source>
        <translation>Staf sekretariat</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/pin_dialog.py" line="32"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/pin_dialog.py" line="51"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/pin_dialog.py" line="55"/>
        <source>Enter the PIN.</source>
        <translation>Masukkan PIN.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/pin_dialog.py" line="69"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/pin_dialog.py" line="70"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/pin_dialog.py" line="101"/>
        <source>No PIN has been set for this yet.</source>
        <translation>Belum ada PIN yang diatur untuk ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/pin_dialog.py" line="104"/>
        <source>Wrong PIN. After several wrong PINs you must wait before trying again.</source>
        <translation>PIN salah. Setelah beberapa kali salah, Anda harus menunggu sebelum mencoba lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/pin_dialog.py" line="131"/>
        <source>Too many wrong PINs. Try again in {seconds} seconds.</source>
        <translation>Terlalu banyak PIN salah. Coba lagi dalam {seconds} detik.</translation>
    </message>
</context>
<context>
    <name>PinSetupDialog</name>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/pin_dialog.py" line="159"/>
        <source>Role PINs</source>
        <translation>PIN peran</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/pin_dialog.py" line="162"/>
        <source>Each role has its own PIN of {low} to {high} digits. Leave a field empty to keep the PIN it has. Once any PIN is set, Ikrar asks for one when it starts.</source>
        <translation>Setiap peran punya PIN sendiri, {low} sampai {high} angka. Kosongkan kolom untuk mempertahankan PIN yang ada. Begitu ada PIN yang diatur, Ikrar memintanya saat dibuka.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/pin_dialog.py" line="170"/>
        <source>set</source>
        <translation>sudah diatur</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/pin_dialog.py" line="170"/>
        <source>not set</source>
        <translation>belum diatur</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/pin_dialog.py" line="178"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/pin_dialog.py" line="179"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/pin_dialog.py" line="194"/>
        <source>The {role} PIN must have {low} to {high} digits.</source>
        <translation>PIN {role} harus {low} sampai {high} angka.</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/progress_panel.py" line="74"/>
        <source>Per unit</source>
        <translation>Per unit kerja</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/progress_panel.py" line="76"/>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/progress_panel.py" line="76"/>
        <source>Signed</source>
        <translation>Sudah TTD</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/progress_panel.py" line="84"/>
        <source>Last check-ins at this station</source>
        <translation>Registrasi terakhir di perangkat ini</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/progress_panel.py" line="107"/>
        <source>No event</source>
        <translation>Belum ada acara</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/progress_panel.py" line="114"/>
        <source>{signed} of {expected} signed</source>
        <translation>{signed} dari {expected} sudah tanda tangan</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/progress_panel.py" line="123"/>
        <source>(no unit)</source>
        <translation>(tanpa unit)</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/progress_panel.py" line="133"/>
        <source>Nobody yet.</source>
        <translation>Belum ada.</translation>
    </message>
</context>
<context>
    <name>RateChart</name>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/dashboard.py" line="133"/>
        <source>No check-ins yet</source>
        <translation>Belum ada registrasi</translation>
    </message>
</context>
<context>
    <name>ReconcilePage</name>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/reconcile_page.py" line="50"/>
        <location filename="../../desktop/ikrar/ui/admin/reconcile_page.py" line="53"/>
        <location filename="../../desktop/ikrar/ui/admin/reconcile_page.py" line="56"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/reconcile_page.py" line="50"/>
        <location filename="../../desktop/ikrar/ui/admin/reconcile_page.py" line="53"/>
        <location filename="../../desktop/ikrar/ui/admin/reconcile_page.py" line="56"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/reconcile_page.py" line="50"/>
        <location filename="../../desktop/ikrar/ui/admin/reconcile_page.py" line="53"/>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/reconcile_page.py" line="50"/>
        <source>Stations</source>
        <translation>Meja</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/reconcile_page.py" line="51"/>
        <source>Primary and why</source>
        <translation>Utama dan alasannya</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/reconcile_page.py" line="53"/>
        <location filename="../../desktop/ikrar/ui/admin/reconcile_page.py" line="56"/>
        <source>Station</source>
        <translation>Meja</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/reconcile_page.py" line="54"/>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/reconcile_page.py" line="56"/>
        <source>Certificate</source>
        <translation>Sertifikat</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/reconcile_page.py" line="57"/>
        <source>Printed</source>
        <translation>Dicetak</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/reconcile_page.py" line="57"/>
        <source>Primary at</source>
        <translation>Utama di</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/reconcile_page.py" line="58"/>
        <source>Void selected certificate…</source>
        <translation>Batalkan sertifikat terpilih…</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/reconcile_page.py" line="63"/>
        <source>Duplicate check-ins across stations</source>
        <translation>Registrasi ganda antar-meja</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/reconcile_page.py" line="65"/>
        <source>Walk-ins to confirm</source>
        <translation>Peserta tambahan yang perlu dikonfirmasi</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/reconcile_page.py" line="67"/>
        <source>Certificates issued for a duplicate check-in</source>
        <translation>Sertifikat yang terbit untuk registrasi ganda</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/reconcile_page.py" line="94"/>
        <source>{d} duplicate check-ins, {w} walk-ins, {c} certificates to void</source>
        <translation>{d} registrasi ganda, {w} peserta tambahan, {c} sertifikat perlu dibatalkan</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/reconcile_page.py" line="115"/>
        <source>Choose a certificate in the list first.</source>
        <translation>Pilih dulu sertifikat di daftar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/reconcile_page.py" line="118"/>
        <source>Void certificate</source>
        <translation>Batalkan sertifikat</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/reconcile_page.py" line="119"/>
        <source>Why is certificate {number} voided? The reason is kept in the audit trail.</source>
        <translation>Mengapa sertifikat {number} dibatalkan? Alasannya disimpan di jejak audit.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/reconcile_page.py" line="130"/>
        <source>Certificate {number} is void.</source>
        <translation>Sertifikat {number} sudah dibatalkan.</translation>
    </message>
</context>
<context>
    <name>RosterTableModel</name>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/roster_model.py" line="95"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/roster_model.py" line="95"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/roster_model.py" line="95"/>
        <source>Rank/grade</source>
        <translation>Pangkat/gol.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/roster_model.py" line="95"/>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/roster_model.py" line="96"/>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/roster_model.py" line="96"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/roster_model.py" line="192"/>
        <source>{status}, walk-in</source>
        <translation>{status}, datang langsung</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/roster_model.py" line="226"/>
        <source>Walk-in: registered at the event, not on the imported roster</source>
        <translation>Datang langsung: didaftarkan di acara, tidak ada di daftar pegawai yang diimpor</translation>
    </message>
</context>
<context>
    <name>RosterView</name>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/roster_view.py" line="39"/>
        <source>Search by name or NIP</source>
        <translation>Cari nama atau NIP</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/roster_view.py" line="43"/>
        <source>This event&apos;s roster only</source>
        <translation>Hanya peserta acara ini</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/roster_view.py" line="136"/>
        <source>{count} found</source>
        <translation>{count} ditemukan</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/roster_view.py" line="138"/>
        <source>1 employee</source>
        <translation>1 pegawai</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/roster_view.py" line="140"/>
        <source>{count} employees</source>
        <translation>{count} pegawai</translation>
    </message>
</context>
<context>
    <name>ScanTexts</name>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/scan_outcome.py" line="59"/>
        <source>There is no event on this station yet, so nobody can check in. An administrator creates one with “ikrar event create”.</source>
        <translation>Belum ada acara di perangkat ini, jadi belum ada yang bisa registrasi. Administrator membuatnya dengan “ikrar event create”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/scan_outcome.py" line="65"/>
        <source>This QR code is not an employee badge{shown}. Scan the badge&apos;s QR code, or search by name.</source>
        <translation>Kode QR ini bukan kartu pegawai{shown}. Pindai kode QR pada kartu pegawai, atau cari berdasarkan nama.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/scan_outcome.py" line="67"/>
        <source>This is the QR code of a pledge certificate, not an employee badge. Scan the badge, or search by name.</source>
        <translation>Ini kode QR piagam ikrar, bukan kartu pegawai. Pindai kartu pegawai, atau cari berdasarkan nama.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/scan_outcome.py" line="69"/>
        <source>The badge code is damaged or was altered. Search for the person by name instead.</source>
        <translation>Kode kartu rusak atau telah diubah. Cari orangnya berdasarkan nama.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/scan_outcome.py" line="71"/>
        <source>The badge code was read only partly. Scan it again, a little further away, or search by name.</source>
        <translation>Kode kartu hanya terbaca sebagian. Pindai lagi dari jarak sedikit lebih jauh, atau cari berdasarkan nama.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/scan_outcome.py" line="73"/>
        <source>This badge has a newer format than this Ikrar knows. Update Ikrar, or search by name.</source>
        <translation>Kartu ini memakai format yang lebih baru dari yang dikenal Ikrar ini. Perbarui Ikrar, atau cari berdasarkan nama.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/scan_outcome.py" line="75"/>
        <source>This badge was issued by another agency (or is a forgery). Only this agency&apos;s badges are accepted; search by name instead.</source>
        <translation>Kartu ini diterbitkan instansi lain (atau palsu). Hanya kartu instansi ini yang diterima; cari berdasarkan nama.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/scan_outcome.py" line="78"/>
        <source>The badge&apos;s signature does not match its NIP: it was altered or forged. Check the person&apos;s identity and search by name.</source>
        <translation>Tanda tangan digital kartu tidak cocok dengan NIP-nya: kartu telah diubah atau dipalsukan. Periksa identitas orangnya dan cari berdasarkan nama.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/scan_outcome.py" line="80"/>
        <source>This station has no agency public key, so signed badges cannot be checked. Search by name, and ask the administrator to install the key.</source>
        <translation>Perangkat ini belum punya kunci publik instansi, jadi kartu bertanda tangan digital tidak bisa diperiksa. Cari berdasarkan nama, dan minta administrator memasang kuncinya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/scan_outcome.py" line="83"/>
        <source>This event accepts signed badges only; a plain NIP is not enough. Search by name and check the person&apos;s identity.</source>
        <translation>Acara ini hanya menerima kartu bertanda tangan digital; NIP saja tidak cukup. Cari berdasarkan nama dan periksa identitas orangnya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/scan_outcome.py" line="85"/>
        <source>The code holds no valid NIP{shown}. Check the badge, or search by name.</source>
        <translation>Kode ini tidak berisi NIP yang sah{shown}. Periksa kartunya, atau cari berdasarkan nama.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/scan_outcome.py" line="87"/>
        <source>NIP {nip} is not in the employee list.</source>
        <translation>NIP {nip} tidak ada di daftar pegawai.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/scan_outcome.py" line="88"/>
        <source>Check-in for this event is closed at this station.</source>
        <translation>Registrasi acara ini sudah ditutup di perangkat ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/scan_outcome.py" line="93"/>
        <source>Register them as a walk-in if they belong here.</source>
        <translation>Daftarkan sebagai peserta tambahan bila memang seharusnya hadir.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/scan_outcome.py" line="95"/>
        <source>This event does not allow walk-ins.</source>
        <translation>Acara ini tidak menerima peserta tambahan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/scan_outcome.py" line="100"/>
        <source>badge scanner</source>
        <translation>pemindai kartu</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/scan_outcome.py" line="101"/>
        <source>camera</source>
        <translation>kamera</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/scan_outcome.py" line="102"/>
        <source>search by name or NIP</source>
        <translation>pencarian nama atau NIP</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/scan_outcome.py" line="103"/>
        <source>walk-in registration</source>
        <translation>pendaftaran peserta tambahan</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/scan_outcome.py" line="107"/>
        <source>another station</source>
        <translation>perangkat lain</translation>
    </message>
</context>
<context>
    <name>SelfServicePage</name>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/attendee_window.py" line="40"/>
        <source>Is this you?</source>
        <translation>Apakah ini Anda?</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/attendee_window.py" line="47"/>
        <source>Yes, that is me — continue</source>
        <translation>Ya, ini saya — lanjutkan</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/attendee_window.py" line="48"/>
        <source>No, that is not me</source>
        <translation>Bukan, ini bukan saya</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/attendee_window.py" line="50"/>
        <location filename="../../desktop/ikrar/ui/desk/attendee_window.py" line="56"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/settings_dialog.py" line="80"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/settings_dialog.py" line="82"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/settings_dialog.py" line="33"/>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/settings_dialog.py" line="42"/>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/settings_dialog.py" line="43"/>
        <source>The new language shows after Ikrar restarts.</source>
        <translation>Bahasa baru tampil setelah Ikrar dibuka ulang.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/settings_dialog.py" line="50"/>
        <source>One self-service tablet</source>
        <translation>Satu tablet mandiri</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/settings_dialog.py" line="51"/>
        <source>Operator laptop + attendee screen</source>
        <translation>Laptop operator + layar peserta</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/settings_dialog.py" line="53"/>
        <source>Layout</source>
        <translation>Tata letak</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/settings_dialog.py" line="55"/>
        <source>Sound on success, duplicate and error</source>
        <translation>Bunyi saat berhasil, ganda, dan galat</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/settings_dialog.py" line="57"/>
        <source>Sound</source>
        <translation>Bunyi</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/settings_dialog.py" line="60"/>
        <source>Not joined to a hub</source>
        <translation>Belum tergabung ke hub</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/settings_dialog.py" line="62"/>
        <source>Sync now</source>
        <translation>Sinkronkan sekarang</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/settings_dialog.py" line="70"/>
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/settings_dialog.py" line="71"/>
        <source>Sync</source>
        <translation>Sinkronisasi</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/admin/settings_dialog.py" line="76"/>
        <source>Data folder</source>
        <translation>Folder data</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/pin_dialog.py" line="210"/>
        <source>Ikrar is locked</source>
        <translation>Ikrar terkunci</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/pin_dialog.py" line="215"/>
        <source>Choose your role and enter its PIN.</source>
        <translation>Pilih peran Anda lalu masukkan PIN-nya.</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/signature_pad.py" line="85"/>
        <source>Sign here</source>
        <translation>Tanda tangan di sini</translation>
    </message>
</context>
<context>
    <name>SigningScreen</name>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/signing_screen.py" line="152"/>
        <source>Welcome. Please wait until the registration desk calls your name.</source>
        <translation>Selamat datang. Silakan menunggu hingga nama Anda dipanggil petugas registrasi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/signing_screen.py" line="202"/>
        <source>Start over</source>
        <translation>Ulangi</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/signing_screen.py" line="205"/>
        <source>I pledge and sign</source>
        <translation>Saya berikrar dan menandatangani</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/signing_screen.py" line="241"/>
        <source>Your pledge and signature have been recorded.</source>
        <translation>Ikrar dan tanda tangan Anda telah tercatat.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/signing_screen.py" line="317"/>
        <source>The signature could not be saved: {reason} Please tell the registration staff.</source>
        <translation>Tanda tangan tidak dapat disimpan: {reason} Mohon sampaikan kepada petugas registrasi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/signing_screen.py" line="324"/>
        <source>Thank you, {name}</source>
        <translation>Terima kasih, {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/signing_screen.py" line="367"/>
        <source>When you are ready, press “{button}”.</source>
        <translation>Jika sudah siap, tekan “{button}”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/signing_screen.py" line="370"/>
        <source>Sign inside the box. The button becomes active once your signature is complete.</source>
        <translation>Bubuhkan tanda tangan di dalam kotak. Tombol akan aktif setelah tanda tangan Anda lengkap.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/signing_screen.py" line="377"/>
        <source>Nothing has been signed yet. Please sign inside the box first.</source>
        <translation>Belum ada tanda tangan. Silakan tanda tangani di dalam kotak terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/signing_screen.py" line="378"/>
        <source>This is too small for a signature. Please sign with your full signature, or press “{button}” to begin again.</source>
        <translation>Tanda tangan ini terlalu kecil. Silakan bubuhkan tanda tangan lengkap Anda, atau tekan “{button}” untuk mengulang.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/signing_screen.py" line="385"/>
        <source>another station</source>
        <translation>perangkat lain</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/signing_screen.py" line="388"/>
        <source>You already signed this pledge on {when} at {where}. Nothing new was recorded; please tell the registration staff.</source>
        <translation>Anda sudah menandatangani ikrar ini pada {when} di {where}. Tidak ada yang dicatat ulang; mohon sampaikan kepada petugas registrasi.</translation>
    </message>
</context>
<context>
    <name>StationPage</name>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/station_page.py" line="65"/>
        <source>Scan a badge, or type a name or NIP</source>
        <translation>Pindai kartu, atau ketik nama atau NIP</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/station_page.py" line="80"/>
        <source>Register walk-in…</source>
        <translation>Daftarkan peserta tambahan…</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/station_page.py" line="82"/>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/station_page.py" line="109"/>
        <source>Stop this signing</source>
        <translation>Hentikan tanda tangan ini</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/station_page.py" line="165"/>
        <source>This event does not allow walk-ins.</source>
        <translation>Acara ini tidak menerima peserta tambahan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/station_page.py" line="175"/>
        <source>No event on this station yet.</source>
        <translation>Belum ada acara di perangkat ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/station_page.py" line="177"/>
        <source>Check-in for this event is closed at this station.</source>
        <translation>Registrasi acara ini sudah ditutup di perangkat ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/station_page.py" line="178"/>
        <source>Scan the next badge, or search by name or NIP.</source>
        <translation>Pindai kartu berikutnya, atau cari nama atau NIP.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/station_page.py" line="186"/>
        <location filename="../../desktop/ikrar/ui/desk/station_page.py" line="399"/>
        <source>Scan a badge, or type a name or NIP on the left.</source>
        <translation>Pindai kartu, atau ketik nama atau NIP di sebelah kiri.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/station_page.py" line="200"/>
        <source>An administrator creates the event with “ikrar event create”.</source>
        <translation>Administrator membuat acara dengan “ikrar event create”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/station_page.py" line="202"/>
        <source>This event&apos;s roster is empty. An administrator imports it (File ▸ Import roster…); walk-ins can still be registered if the event allows them.</source>
        <translation>Daftar peserta acara ini kosong. Administrator mengimpornya (Berkas ▸ Impor daftar pegawai…); peserta tambahan tetap bisa didaftarkan bila acara mengizinkan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/station_page.py" line="225"/>
        <source>{name} is not on this event&apos;s roster, and the event does not allow walk-ins.</source>
        <translation>{name} tidak ada di daftar peserta acara ini, dan acara ini tidak menerima peserta tambahan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/station_page.py" line="233"/>
        <source>Check that this is {name}, then confirm.</source>
        <translation>Pastikan ini {name}, lalu konfirmasi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/station_page.py" line="238"/>
        <source>{name} is not on this event&apos;s roster: confirming registers a walk-in.</source>
        <translation>{name} tidak ada di daftar peserta acara ini: konfirmasi akan mendaftarkannya sebagai peserta tambahan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/station_page.py" line="248"/>
        <source>{name} already signed: {when} at {station}. Nothing new was recorded.</source>
        <translation>{name} sudah menandatangani: {when} di {station}. Tidak ada yang dicatat lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/station_page.py" line="289"/>
        <source>Enter opens the highlighted person; ↑ ↓ choose.</source>
        <translation>Enter membuka orang yang disorot; ↑ ↓ untuk memilih.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/station_page.py" line="292"/>
        <source>Nobody found. Check the spelling, or register a walk-in.</source>
        <translation>Tidak ditemukan. Periksa ejaannya, atau daftarkan peserta tambahan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/station_page.py" line="302"/>
        <source>No badge? Type part of the name or the NIP: people appear here as you type. Titles, capitals and small typos do not matter.</source>
        <translation>Tanpa kartu? Ketik sebagian nama atau NIP: hasilnya muncul di sini saat Anda mengetik. Gelar, huruf besar-kecil, dan salah ketik kecil tidak masalah.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/station_page.py" line="308"/>
        <source>walk-in</source>
        <translation>peserta tambahan</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/station_page.py" line="310"/>
        <source>not on this event&apos;s roster</source>
        <translation>tidak ada di daftar peserta acara ini</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/station_page.py" line="381"/>
        <source>{name} is signing on the attendee screen. You can scan the next badge.</source>
        <translation>{name} sedang menandatangani di layar peserta. Anda bisa memindai kartu berikutnya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/station_page.py" line="388"/>
        <source>{name} is signing on the attendee screen…</source>
        <translation>{name} sedang menandatangani di layar peserta…</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/station_page.py" line="401"/>
        <source>Saved: {name}. Ready for the next person.</source>
        <translation>Tersimpan: {name}. Siap untuk peserta berikutnya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/station_page.py" line="413"/>
        <source>Signing for {name} stopped; nothing was saved.</source>
        <translation>Tanda tangan {name} dihentikan; tidak ada yang disimpan.</translation>
    </message>
</context>
<context>
    <name>StatusBanner</name>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/feedback.py" line="57"/>
        <source>READY</source>
        <translation>SIAP</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/feedback.py" line="58"/>
        <source>SAVED</source>
        <translation>TERSIMPAN</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/feedback.py" line="59"/>
        <source>ATTENTION</source>
        <translation>PERHATIAN</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/feedback.py" line="60"/>
        <source>PROBLEM</source>
        <translation>MASALAH</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message numerus="yes">
        <location filename="../../desktop/ikrar/ui/widgets/sync_status.py" line="103"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n menunggu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/sync_status.py" line="105"/>
        <source>Not joined to a hub</source>
        <translation>Belum tergabung ke hub</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/sync_status.py" line="107"/>
        <source>Syncing…</source>
        <translation>Menyinkronkan…</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/sync_status.py" line="109"/>
        <source>Offline</source>
        <translation>Luring</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/sync_status.py" line="111"/>
        <source>Sync failed</source>
        <translation>Sinkronisasi gagal</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/sync_status.py" line="113"/>
        <source>Never synced</source>
        <translation>Belum pernah sinkron</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/sync_status.py" line="115"/>
        <source>Synced at %1</source>
        <translation>Tersinkron pukul %1</translation>
    </message>
</context>
<context>
    <name>TaskBar</name>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/jobs.py" line="186"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/jobs.py" line="207"/>
        <source>{done} of {total}</source>
        <translation>{done} dari {total}</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/widgets/jobs.py" line="212"/>
        <source>Cancelling…</source>
        <translation>Membatalkan…</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/verify_page.py" line="95"/>
        <source>Scan the QR code of a certificate or badge, paste its text, or open a PDF or picture of it.</source>
        <translation>Pindai kode QR sertifikat atau kartu, tempel teksnya, atau buka PDF atau gambarnya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/verify_page.py" line="100"/>
        <source>Scan or paste the code here</source>
        <translation>Pindai atau tempel kodenya di sini</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/verify_page.py" line="106"/>
        <source>Check</source>
        <translation>Periksa</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/verify_page.py" line="108"/>
        <source>Open file…</source>
        <translation>Buka berkas…</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/verify_page.py" line="110"/>
        <source>Agency public key…</source>
        <translation>Kunci publik instansi…</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/verify_page.py" line="197"/>
        <source>This computer does not hold the agency&apos;s public key, so nothing can be checked. Choose the key file (Agency public key…), or enrol the station.</source>
        <translation>Komputer ini tidak menyimpan kunci publik instansi, sehingga belum ada yang dapat diperiksa. Pilih berkas kuncinya (Kunci publik instansi…), atau daftarkan perangkat ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/verify_page.py" line="205"/>
        <source>No agency public key on this computer.</source>
        <translation>Tidak ada kunci publik instansi di komputer ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/verify_page.py" line="207"/>
        <source>Checked against agency key {key} ({fingerprint})</source>
        <translation>Diperiksa dengan kunci instansi {key} ({fingerprint})</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/verify_page.py" line="212"/>
        <source>Agency public key</source>
        <translation>Kunci publik instansi</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/verify_page.py" line="213"/>
        <source>Public keys (*.pub *.pem);;All files (*)</source>
        <translation>Kunci publik (*.pub *.pem);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/verify_page.py" line="220"/>
        <source>{file} is not a public key Ikrar can use ({reason}).</source>
        <translation>{file} bukan kunci publik yang dapat dipakai Ikrar ({reason}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/verify_page.py" line="248"/>
        <source>Open a certificate or badge</source>
        <translation>Buka sertifikat atau kartu</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/verify_page.py" line="249"/>
        <source>PDF or picture (*.pdf *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>PDF atau gambar (*.pdf *.png *.jpg *.jpeg);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/verify_page.py" line="257"/>
        <source>Reading {file}</source>
        <translation>Membaca {file}</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/verify_page.py" line="262"/>
        <source>Something went wrong ({error}). The details are in the log file.</source>
        <translation>Terjadi kesalahan ({error}). Rinciannya ada di berkas log.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/verify_page.py" line="279"/>
        <source>The code is damaged, or it is not an Ikrar certificate or badge.</source>
        <translation>Kode rusak, atau bukan sertifikat maupun kartu Ikrar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/verify_page.py" line="280"/>
        <source>The code is cut short: scan it again, or check the print.</source>
        <translation>Kode terpotong: pindai ulang, atau periksa hasil cetaknya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/verify_page.py" line="281"/>
        <source>The code uses a format this version of Ikrar does not know. Update Ikrar.</source>
        <translation>Kode memakai format yang tidak dikenal versi Ikrar ini. Perbarui Ikrar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/verify_page.py" line="283"/>
        <source>The signature does not match the contents: the number, NIP, event or time were altered, or the code is forged.</source>
        <translation>Tanda tangan digital tidak cocok dengan isinya: nomor, NIP, acara, atau waktunya diubah, atau kodenya palsu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/verify_page.py" line="285"/>
        <source>The code was signed with another key: it is from another agency, or forged.</source>
        <translation>Kode ditandatangani dengan kunci lain: berasal dari instansi lain, atau palsu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/verify_page.py" line="287"/>
        <source>The station that printed it was certified by another agency.</source>
        <translation>Perangkat yang mencetaknya disertifikasi oleh instansi lain.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/verify_page.py" line="288"/>
        <source>The certificate of the station that printed it is not validly signed by the agency.</source>
        <translation>Sertifikat perangkat yang mencetaknya tidak ditandatangani secara sah oleh instansi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/verify_page.py" line="290"/>
        <source>The certificate of the station that printed it was not valid on the day it printed.</source>
        <translation>Sertifikat perangkat yang mencetaknya tidak berlaku pada hari pencetakan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/verify_page.py" line="292"/>
        <source>No Ikrar code was found in the file. Use a sharper scan (at least 150 dpi), or scan the QR code itself.</source>
        <translation>Tidak ditemukan kode Ikrar di berkas ini. Gunakan pindaian yang lebih tajam (minimal 150 dpi), atau pindai langsung kode QR-nya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/verify_page.py" line="294"/>
        <source>The signatures hold, but this certificate was voided.</source>
        <translation>Tanda tangan digitalnya sah, tetapi sertifikat ini sudah dibatalkan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/verify_page.py" line="295"/>
        <source>The signatures hold, but the signature stored here for this certificate is not the one it was printed with.</source>
        <translation>Tanda tangan digitalnya sah, tetapi tanda tangan yang tersimpan di sini untuk sertifikat ini bukan yang dicetak.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/verify_page.py" line="298"/>
        <source>The code does not verify.</source>
        <translation>Kode tidak lolos pemeriksaan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/verify_page.py" line="305"/>
        <source>VALID</source>
        <translation>SAH</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/verify_page.py" line="305"/>
        <source>INVALID</source>
        <translation>TIDAK SAH</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/verify_page.py" line="322"/>
        <source>NIP {nip}</source>
        <translation>NIP {nip}</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/verify_page.py" line="325"/>
        <source>Employee badge of {name}</source>
        <translation>Kartu pegawai atas nama {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/verify_page.py" line="326"/>
        <source>Pledge certificate of {name}</source>
        <translation>Sertifikat ikrar atas nama {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/verify_page.py" line="331"/>
        <source>not in this database</source>
        <translation>tidak ada di basis data ini</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/verify_page.py" line="332"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/verify_page.py" line="333"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/verify_page.py" line="336"/>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/verify_page.py" line="337"/>
        <source>Event</source>
        <translation>Acara</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/verify_page.py" line="338"/>
        <source>Signed</source>
        <translation>Ditandatangani</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/verify_page.py" line="339"/>
        <source>Printed by</source>
        <translation>Dicetak oleh</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/verify_page.py" line="339"/>
        <source>{station}, {day}</source>
        <translation>{station}, {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/clerk/verify_page.py" line="342"/>
        <source>Agency key</source>
        <translation>Kunci instansi</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/walk_in_dialog.py" line="33"/>
        <source>Register a walk-in</source>
        <translation>Daftarkan peserta tambahan</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/walk_in_dialog.py" line="35"/>
        <source>For someone who is not on this event&apos;s roster. Check their identity card; they will be marked as a walk-in.</source>
        <translation>Untuk orang yang tidak ada di daftar peserta acara ini. Periksa kartu identitasnya; ia akan ditandai sebagai peserta tambahan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/walk_in_dialog.py" line="44"/>
        <source>e.g. Dr. H.</source>
        <translation>mis. Dr. H.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/walk_in_dialog.py" line="47"/>
        <source>e.g. S.Kom., M.Si.</source>
        <translation>mis. S.Kom., M.Si.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/walk_in_dialog.py" line="53"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/walk_in_dialog.py" line="55"/>
        <source>Front title</source>
        <translation>Gelar depan</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/walk_in_dialog.py" line="56"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/walk_in_dialog.py" line="57"/>
        <source>Back title</source>
        <translation>Gelar belakang</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/walk_in_dialog.py" line="58"/>
        <source>Rank</source>
        <translation>Pangkat</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/walk_in_dialog.py" line="59"/>
        <source>Grade</source>
        <translation>Golongan</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/walk_in_dialog.py" line="60"/>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/walk_in_dialog.py" line="61"/>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/walk_in_dialog.py" line="68"/>
        <source>Register and show the card</source>
        <translation>Daftarkan dan tampilkan kartu</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/walk_in_dialog.py" line="69"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/walk_in_dialog.py" line="84"/>
        <location filename="../../desktop/ikrar/ui/desk/walk_in_dialog.py" line="99"/>
        <source>Enter the 18-digit NIP.</source>
        <translation>Masukkan NIP 18 angka.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/walk_in_dialog.py" line="85"/>
        <location filename="../../desktop/ikrar/ui/desk/walk_in_dialog.py" line="87"/>
        <source>An NIP has only digits.</source>
        <translation>NIP hanya berisi angka.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/walk_in_dialog.py" line="86"/>
        <source>An NIP has exactly 18 digits.</source>
        <translation>NIP terdiri atas tepat 18 angka.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/walk_in_dialog.py" line="88"/>
        <source>The first 8 digits are not a plausible birth date.</source>
        <translation>8 angka pertama bukan tanggal lahir yang masuk akal.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/walk_in_dialog.py" line="89"/>
        <source>The appointment date in the NIP is impossible (in the future, before age 18, or an invalid month).</source>
        <translation>Tanggal pengangkatan dalam NIP tidak mungkin (di masa depan, sebelum usia 18, atau bulannya tidak sah).</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/walk_in_dialog.py" line="91"/>
        <source>Digit 15 (gender) must be 1 or 2.</source>
        <translation>Angka ke-15 (jenis kelamin) harus 1 atau 2.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/walk_in_dialog.py" line="92"/>
        <source>The last 3 digits must be 001 to 999.</source>
        <translation>3 angka terakhir harus 001 sampai 999.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/walk_in_dialog.py" line="93"/>
        <source>This is not a valid NIP.</source>
        <translation>Ini bukan NIP yang sah.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/walk_in_dialog.py" line="109"/>
        <source>{kind}, born {born}</source>
        <translation>{kind}, lahir {born}</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/walk_in_dialog.py" line="127"/>
        <source>This event does not allow walk-ins.</source>
        <translation>Acara ini tidak menerima peserta tambahan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/walk_in_dialog.py" line="128"/>
        <source>Check-in for this event is closed at this station.</source>
        <translation>Registrasi acara ini sudah ditutup di perangkat ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/walk_in_dialog.py" line="130"/>
        <source>Enter the name.</source>
        <translation>Masukkan nama.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/desk/walk_in_dialog.py" line="131"/>
        <source>This NIP is already in the employee list: close this and search for it instead.</source>
        <translation>NIP ini sudah ada di daftar pegawai: tutup jendela ini lalu cari NIP tersebut.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../desktop/ikrar/app.py" line="38"/>
        <source>Something went wrong and Ikrar could not finish what it was doing.</source>
        <translation>Terjadi kesalahan dan Ikrar tidak dapat menyelesaikan pekerjaannya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/app.py" line="41"/>
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
        <location filename="../../desktop/ikrar/app.py" line="108"/>
        <source>Ikrar is already open on this data folder:
{path}

Use the window that is open, or close it before starting Ikrar again.</source>
        <translation>Ikrar sudah terbuka pada folder data ini:
{path}

Gunakan jendela yang sudah terbuka, atau tutup dulu sebelum membuka Ikrar lagi.</translation>
    </message>
</context>
</TS>
