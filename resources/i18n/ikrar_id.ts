<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>EventHeader</name>
    <message>
        <location filename="../../desktop/ikrar/ui/event_header.py" line="76"/>
        <source>Expected</source>
        <translation>Terdaftar</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/event_header.py" line="77"/>
        <source>Signed</source>
        <translation>Sudah tanda tangan</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/event_header.py" line="78"/>
        <source>Walk-ins</source>
        <translation>Datang langsung</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/event_header.py" line="79"/>
        <source>Duplicates</source>
        <translation>Ganda</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/event_header.py" line="85"/>
        <source>No event yet — create one with &lt;b&gt;ikrar event create&lt;/b&gt; or open the demo with &lt;b&gt;ikrar demo&lt;/b&gt;.</source>
        <translation>Belum ada acara — buat dengan &lt;b&gt;ikrar event create&lt;/b&gt; atau buka demo dengan &lt;b&gt;ikrar demo&lt;/b&gt;.</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../../desktop/ikrar/ui/import_dialog.py" line="189"/>
        <source>An import is already running.</source>
        <translation>Impor lain masih berjalan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/import_dialog.py" line="193"/>
        <location filename="../../desktop/ikrar/ui/import_dialog.py" line="211"/>
        <source>Import roster</source>
        <translation>Impor daftar pegawai</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/import_dialog.py" line="195"/>
        <source>Rosters (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>Daftar pegawai (*.csv *.xlsx);;Berkas CSV (*.csv);;Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/import_dialog.py" line="209"/>
        <source>Importing {file}…</source>
        <translation>Mengimpor {file}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/import_dialog.py" line="237"/>
        <source>Reading row {done}…</source>
        <translation>Membaca baris {done}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/import_dialog.py" line="242"/>
        <source>Reading row {done} of {total}…</source>
        <translation>Membaca baris {done} dari {total}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/import_dialog.py" line="266"/>
        <source>The import stopped because of an unexpected error; nothing was written.

{error}

The details are in the log file.</source>
        <translation>Impor berhenti karena kesalahan yang tidak terduga; tidak ada yang disimpan.

{error}

Rinciannya ada di berkas log.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/import_dialog.py" line="270"/>
        <source>Roster not imported</source>
        <translation>Daftar pegawai tidak diimpor</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/import_dialog.py" line="273"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../desktop/ikrar/ui/import_dialog.py" line="48"/>
        <source>Roster import — {file}</source>
        <translation>Impor daftar pegawai — {file}</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/import_dialog.py" line="54"/>
        <source>{imported} imported, {updated} updated, {unchanged} unchanged, {refused} refused</source>
        <translation>{imported} baru, {updated} diperbarui, {unchanged} tidak berubah, {refused} ditolak</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/import_dialog.py" line="67"/>
        <source>The roster was saved.</source>
        <translation>Daftar pegawai sudah disimpan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/import_dialog.py" line="69"/>
        <source>The roster was saved without the refused rows listed below.</source>
        <translation>Daftar pegawai sudah disimpan tanpa baris yang ditolak di bawah ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/import_dialog.py" line="72"/>
        <source>Nothing was written: {refused} rows were refused. Correct them in the file and import it again, or import only the valid rows.</source>
        <translation>Tidak ada yang disimpan: {refused} baris ditolak. Perbaiki baris itu di berkas lalu impor lagi, atau impor baris yang valid saja.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/import_dialog.py" line="76"/>
        <source>Nothing was written.</source>
        <translation>Tidak ada yang disimpan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/import_dialog.py" line="82"/>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/import_dialog.py" line="82"/>
        <source>Field</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/import_dialog.py" line="82"/>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/import_dialog.py" line="104"/>
        <source>Only the first {listed} of {total} problems are listed.</source>
        <translation>Hanya {listed} dari {total} masalah pertama yang ditampilkan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/import_dialog.py" line="113"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/import_dialog.py" line="117"/>
        <source>Import the valid rows only</source>
        <translation>Impor baris yang valid saja</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/import_dialog.py" line="136"/>
        <source>The NIP is empty; fill in the 18-digit NIP.</source>
        <translation>NIP kosong; isi 18 digit NIP.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/import_dialog.py" line="137"/>
        <source>The NIP contains letters or signs; an NIP has only digits.</source>
        <translation>NIP berisi huruf atau tanda; NIP hanya berisi angka.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/import_dialog.py" line="138"/>
        <source>The NIP does not have 18 digits; check for a missing or extra digit.</source>
        <translation>NIP tidak 18 digit; periksa apakah ada digit yang kurang atau lebih.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/import_dialog.py" line="141"/>
        <source>Excel turned the NIP into a number (e.g. 1.99E+17) and lost digits; format the NIP column as Text and type the NIP again.</source>
        <translation>Excel mengubah NIP menjadi angka (mis. 1.99E+17) sehingga digitnya hilang; format kolom NIP sebagai Teks lalu ketik ulang NIP.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/import_dialog.py" line="144"/>
        <source>The NIP cell is a number, not text; Excel keeps only 15 digits. Format the NIP column as Text and type the NIP again.</source>
        <translation>Sel NIP berisi angka, bukan teks; Excel hanya menyimpan 15 digit. Format kolom NIP sebagai Teks lalu ketik ulang NIP.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/import_dialog.py" line="146"/>
        <source>The first 8 digits of the NIP are not a plausible birth date.</source>
        <translation>8 digit pertama NIP bukan tanggal lahir yang wajar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/import_dialog.py" line="148"/>
        <source>The appointment date in the NIP is impossible (in the future, before age 18, or an invalid month).</source>
        <translation>Tanggal pengangkatan dalam NIP tidak mungkin (di masa depan, sebelum usia 18 tahun, atau bulan tidak sah).</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/import_dialog.py" line="150"/>
        <source>Digit 15 of the NIP (gender) must be 1 or 2.</source>
        <translation>Digit ke-15 NIP (jenis kelamin) harus 1 atau 2.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/import_dialog.py" line="151"/>
        <source>The last 3 digits of the NIP must be 001 to 999.</source>
        <translation>3 digit terakhir NIP harus 001 sampai 999.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/import_dialog.py" line="152"/>
        <source>This NIP appears on an earlier row too; remove one of the two rows.</source>
        <translation>NIP ini juga ada di baris sebelumnya; hapus salah satu dari kedua baris.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/import_dialog.py" line="154"/>
        <source>The name is empty; every row needs the employee&apos;s name.</source>
        <translation>Nama kosong; setiap baris harus berisi nama pegawai.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/import_dialog.py" line="155"/>
        <source>Unknown status; use PNS, CPNS or PPPK.</source>
        <translation>Status tidak dikenal; gunakan PNS, CPNS, atau PPPK.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="67"/>
        <source>Import roster…</source>
        <translation>Impor daftar pegawai…</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="69"/>
        <source>Read employees from a CSV or Excel (XLSX) file</source>
        <translation>Baca data pegawai dari berkas CSV atau Excel (XLSX)</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="72"/>
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="76"/>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="80"/>
        <source>Find employee</source>
        <translation>Cari pegawai</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="84"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="88"/>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="92"/>
        <source>Main toolbar</source>
        <translation>Bilah alat utama</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="103"/>
        <source>unnamed</source>
        <translation>tanpa nama</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="104"/>
        <source>Station: {name}</source>
        <translation>Perangkat: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="106"/>
        <source>Data folder: {path}</source>
        <translation>Folder data: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="110"/>
        <source>Demo data (fictional people)</source>
        <translation>Data demo (orang fiktif)</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="126"/>
        <source>demo</source>
        <translation>demo</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/main_window.py" line="138"/>
        <source>Please wait: the roster import is still running.</source>
        <translation>Mohon tunggu: impor daftar pegawai masih berjalan.</translation>
    </message>
</context>
<context>
    <name>RosterTableModel</name>
    <message>
        <location filename="../../desktop/ikrar/ui/roster_model.py" line="95"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/roster_model.py" line="95"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/roster_model.py" line="95"/>
        <source>Rank/grade</source>
        <translation>Pangkat/gol.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/roster_model.py" line="95"/>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/roster_model.py" line="96"/>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/roster_model.py" line="96"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/roster_model.py" line="192"/>
        <source>{status}, walk-in</source>
        <translation>{status}, datang langsung</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/roster_model.py" line="226"/>
        <source>Walk-in: registered at the event, not on the imported roster</source>
        <translation>Datang langsung: didaftarkan di acara, tidak ada di daftar pegawai yang diimpor</translation>
    </message>
</context>
<context>
    <name>RosterView</name>
    <message>
        <location filename="../../desktop/ikrar/ui/roster_view.py" line="39"/>
        <source>Search by name or NIP</source>
        <translation>Cari nama atau NIP</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/roster_view.py" line="43"/>
        <source>This event&apos;s roster only</source>
        <translation>Hanya peserta acara ini</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/roster_view.py" line="136"/>
        <source>{count} found</source>
        <translation>{count} ditemukan</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/roster_view.py" line="138"/>
        <source>1 employee</source>
        <translation>1 pegawai</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/ui/roster_view.py" line="140"/>
        <source>{count} employees</source>
        <translation>{count} pegawai</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../desktop/ikrar/app.py" line="36"/>
        <source>Something went wrong and Ikrar could not finish what it was doing.</source>
        <translation>Terjadi kesalahan dan Ikrar tidak dapat menyelesaikan pekerjaannya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ikrar/app.py" line="39"/>
        <source>Error: {error}

The details were written to the log file:
{path}

Please send that file to whoever supports Ikrar for you. Records already saved are safe.</source>
        <translation>Kesalahan: {error}

Rinciannya ditulis ke berkas log:
{path}

Kirimkan berkas itu kepada petugas yang menangani Ikrar di tempat Anda. Data yang sudah tersimpan tetap aman.</translation>
    </message>
</context>
</TS>
