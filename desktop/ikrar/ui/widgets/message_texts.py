"""The words for every message code, in English; the Indonesian text is in the .ts file.

Only data: `ikrar.ui.widgets.messages` looks codes up here and fills in the parameters. The
sources are marked with QT_TRANSLATE_NOOP so that pyside6-lupdate collects them under one
context, "Messages".
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ikrar.ui.widgets.message_texts_crypt import CRYPT_TEXTS
from ikrar.ui.widgets.message_texts_privacy import PRIVACY_TEXTS
from ikrar.ui.widgets.message_texts_sync import SYNC_TEXTS

TEXTS: dict[str, str] = {
    "demo.real_data": QT_TRANSLATE_NOOP("Messages", "{folder} holds real data, not a demo. Demo "
        "data never mixes with real data: choose an empty folder for the demo."),
    "demo.not_empty": QT_TRANSLATE_NOOP("Messages", "This data folder already holds events or "
        "employees; the demo only fills an empty folder, so demo data never mixes with real data."),
    "usage.date": QT_TRANSLATE_NOOP("Messages", "“{text}” is not a date; write it as 2024-07-10 "
        "or 2024-07-10T08:00."),
    "usage.pledge_file": QT_TRANSLATE_NOOP("Messages", "Cannot use the pledge file "
        "{pledge_file}: {reason}"),
    "usage.replace": QT_TRANSLATE_NOOP("Messages", "“{item}”: write it as OLD=NEW."),
    "usage.verify_url": QT_TRANSLATE_NOOP("Messages", "“{url}”: {reason}"),
    "usage.output_missing": QT_TRANSLATE_NOOP("Messages", "Give the output (a PDF file or a "
        "folder) or a printer."),
    "usage.reprint_filters": QT_TRANSLATE_NOOP("Messages", "A reprint makes a copy of one "
        "certificate; leave out the event, unit and not-printed filters."),
    "usage.passphrase_unreadable": QT_TRANSLATE_NOOP("Messages", "Cannot read the passphrase "
        "file {source}: {reason}."),
    "usage.passphrase_empty_file": QT_TRANSLATE_NOOP("Messages", "The passphrase file {source} "
        "is empty; its first line is used."),
    "usage.passphrase_missing": QT_TRANSLATE_NOOP("Messages", "No passphrase for the new agency "
        "key: give a passphrase file or {env}, or choose to store it unencrypted."),
    "usage.passphrase_empty": QT_TRANSLATE_NOOP("Messages", "Empty passphrase; choose to store "
        "the key unencrypted instead."),
    "usage.passphrase_mismatch": QT_TRANSLATE_NOOP("Messages", "The two passphrases differ; no "
        "key was created."),
    "usage.cannot_write": QT_TRANSLATE_NOOP("Messages", "Cannot write {file}: {reason}."),
    "usage.cannot_read": QT_TRANSLATE_NOOP("Messages", "Cannot read {file}: {reason}."),
    "usage.not_a_target": QT_TRANSLATE_NOOP("Messages", "“{target}” is neither a file nor a "
        "certificate or badge code."),
    "usage.hub_address": QT_TRANSLATE_NOOP("Messages", "{reason}"),
    "usage.witness": QT_TRANSLATE_NOOP("Messages", "“{item}”: write a witness as "
        "INSTITUTION|POSITION|NAME."),
    "usage.official_nip": QT_TRANSLATE_NOOP("Messages", "“{text}”: a NIP has 18 digits."),
    "usage.nothing_to_edit": QT_TRANSLATE_NOOP("Messages", "Say what to change in the event."),
    "print.no_such_printer": QT_TRANSLATE_NOOP("Messages", "There is no printer named "
        "“{printer}”. Nothing was printed."),
    "print.cups_missing": QT_TRANSLATE_NOOP("Messages", "Printing needs CUPS, and its “{name}” "
        "command is not installed on this computer. Install CUPS, or save the certificates as "
        "PDF and print that file."),
    "print.timeout": QT_TRANSLATE_NOOP("Messages", "The print system did not answer within "
        "{seconds} s ({command}). Check that CUPS is running; nothing was marked printed."),
    "print.cannot_run": QT_TRANSLATE_NOOP("Messages", "Cannot run {command}: {reason}."),
    "print.cannot_list": QT_TRANSLATE_NOOP("Messages", "Cannot list printers: {reason}. Is CUPS "
        "running?"),
    "print.nothing": QT_TRANSLATE_NOOP("Messages", "Nothing to print."),
    "print.no_such_queue": QT_TRANSLATE_NOOP("Messages", "There is no printer named “{queue}” "
        "(printers on this computer: {there}). Nothing was printed."),
    "print.file_missing": QT_TRANSLATE_NOOP("Messages", "The file to print, {path}, does not "
        "exist."),
    "print.refused": QT_TRANSLATE_NOOP("Messages", "Printer “{queue}” refused the job: {reason}. "
        "Nothing was printed."),
    "key.other_agency_trusted": QT_TRANSLATE_NOOP("Messages", "This data folder holds the agency "
        "key {key_id} ({own}); it cannot trust another agency key ({other}) instead."),
    "key.not_pem": QT_TRANSLATE_NOOP("Messages", "{source} is not a public key file (it is "
        "damaged or another kind of file). Ask the administrator for the agency's public key "
        "file."),
    "key.not_ed25519_public": QT_TRANSLATE_NOOP("Messages", "{source} holds a {kind}-type key, "
        "not an Ikrar agency public key."),
    "key.cannot_write": QT_TRANSLATE_NOOP("Messages", "Cannot write the key file {path}: "
        "{reason}. Check the folder's permissions and free space."),
    "key.missing": QT_TRANSLATE_NOOP("Messages", "The key file {path} does not exist."),
    "key.cannot_read": QT_TRANSLATE_NOOP("Messages", "Cannot read the key file {path}: {reason}."),
    "key.passphrase_needed": QT_TRANSLATE_NOOP("Messages", "The key file {path} is protected by "
        "a passphrase; give the passphrase."),
    "key.wrong_passphrase": QT_TRANSLATE_NOOP("Messages", "Wrong passphrase for the key file "
        "{path} (or the file is damaged). Check the passphrase and try again."),
    "key.damaged": QT_TRANSLATE_NOOP("Messages", "The key file {path} is damaged or not a "
        "private key. Restore it from your backup; without it, nothing new can be signed with "
        "this key."),
    "key.not_ed25519": QT_TRANSLATE_NOOP("Messages", "The key file {path} holds a key that is "
        "not Ed25519."),
    "key.agency_exists": QT_TRANSLATE_NOOP("Messages", "An agency key already exists at {path}. "
        "Keep it: badges and certificates signed with it verify only with it."),
    "key.no_agency_key": QT_TRANSLATE_NOOP("Messages", "There is no agency key at {path}. Create "
        "it on the administrator's machine (or use the data folder that holds the key)."),
    "key.wrong_agency_key": QT_TRANSLATE_NOOP("Messages", "The key file {path} is another "
        "agency's key (key id {key_id}); this data folder trusts key id {expected} "
        "({public_path}). Put back the right key file."),
    "key.no_public_key": QT_TRANSLATE_NOOP("Messages", "There is no agency public key at {path}. "
        "Ask the administrator for the agency's public key file."),
    "key.cannot_read_public": QT_TRANSLATE_NOOP("Messages", "Cannot read {path}: {reason}."),
    "key.station_uncertified": QT_TRANSLATE_NOOP("Messages", "Station “{station}” has no "
        "certificate from the agency yet, so it cannot sign certificates. Certify the station "
        "with the agency key, or enrol it with the hub."),
    "key.station_certificate_damaged": QT_TRANSLATE_NOOP("Messages", "The certificate of station "
        "“{station}” is damaged ({reason}). Join the hub again from this computer for a new "
        "one: File → Settings → Join again… (on the hub's own computer, the administrator "
        "certifies it again with the agency key)."),
    "key.station_certificate_other_key": QT_TRANSLATE_NOOP("Messages", "The certificate of "
        "station “{station}” is for another key than {path} (the key file was replaced). Join "
        "the hub again from this computer for a new one: File → Settings → Join again… (on the "
        "hub's own computer, the administrator certifies it again with the agency key)."),
    "badges.no_employees": QT_TRANSLATE_NOOP("Messages", "There are no employees to print badges "
        "for."),
    "badges.cannot_write": QT_TRANSLATE_NOOP("Messages", "Cannot write {out}: {reason}. Choose "
        "another file or folder."),
    "badges.none_selected": QT_TRANSLATE_NOOP("Messages", "There are no employees{where} {what}; "
        "nothing to print."),
    "batch.assets_missing": QT_TRANSLATE_NOOP("Messages", "Final certificates need the "
        "agency's logo, the official's signature and the seal; missing: {missing}. Add them on "
        "the event page, or print a draft."),
    "batch.no_official": QT_TRANSLATE_NOOP("Messages", "Event “{title}” has no presiding "
        "official: certificates need the official's title and name. Set them on the event page."),
    "batch.none_to_print.printed": QT_TRANSLATE_NOOP("Messages", "No certificates to print "
        "({what}): every certificate was printed already."),
    "batch.none_to_print.unsigned": QT_TRANSLATE_NOOP("Messages", "No certificates to print "
        "({what}): nobody has signed yet."),
    "batch.reprint_void": QT_TRANSLATE_NOOP("Messages", "Certificate {number} is void "
        "({void_reason}); it cannot be reprinted."),
    "batch.reprint_unprinted": QT_TRANSLATE_NOOP("Messages", "Certificate {number} was never "
        "printed; print it normally instead of as a copy."),
    "batch.no_signature": QT_TRANSLATE_NOOP("Messages", "Certificate {number} has no stored "
        "signature; it cannot print."),
    "batch.empty": QT_TRANSLATE_NOOP("Messages", "No certificates to print."),
    "batch.no_event": QT_TRANSLATE_NOOP("Messages", "There is no event to print certificates for."),
    "batch.cannot_write": QT_TRANSLATE_NOOP("Messages", "Cannot write {out}: {reason}. Nothing "
        "was marked printed."),
    "batch.cannot_write_folder": QT_TRANSLATE_NOOP("Messages", "Cannot write certificates into "
        "{folder}: {reason}. Choose another folder; nothing was printed."),
    "batch.worker_died": QT_TRANSLATE_NOOP("Messages", "A process drawing certificates stopped "
        "unexpectedly (out of memory?). Nothing was marked printed; try a smaller batch, e.g. "
        "one unit."),
    "batch.cancelled": QT_TRANSLATE_NOOP("Messages", "Cancelled: no certificate file was "
        "written, nothing marked printed."),
    "batch.no_copies": QT_TRANSLATE_NOOP("Messages", "No printed certificates to copy with these "
        "filters."),
    "batch.only_reprints": QT_TRANSLATE_NOOP("Messages", "All {count} certificates ({what}) were "
        "printed before: this batch would print only copies, each stamped SALINAN. Confirm to "
        "print the copies, or choose “Not printed yet”."),
    "certificate.pledge_too_long": QT_TRANSLATE_NOOP("Messages", "The pledge text is too long to "
        "fit on the certificate page even in small type. Shorten the pledge on the event page."),
    "certificate.signature_unreadable": QT_TRANSLATE_NOOP("Messages", "The stored signature for "
        "certificate {number} cannot be read ({reason})."),
    "certificate.unknown_number": QT_TRANSLATE_NOOP("Messages", "There is no certificate "
        "numbered “{number}” on this station."),
    "certificate.number_taken": QT_TRANSLATE_NOOP("Messages", "A certificate number from pattern "
        "“{pattern}” already exists ({reason}). Another station may share this station's code "
        "{code}; rename one of them."),
    "certificate.void_reason_missing": QT_TRANSLATE_NOOP("Messages", "Say why the certificate is "
        "voided; the reason is kept."),
    "certificate.already_void": QT_TRANSLATE_NOOP("Messages", "Certificate {number} is already "
        "void."),
    "font.unloadable": QT_TRANSLATE_NOOP("Messages", "The certificate font {filename} cannot be "
        "loaded ({reason}). Reinstall Ikrar."),
    "report.bad_suffix": QT_TRANSLATE_NOOP("Messages", "Cannot write {out}: the report is made "
        "as .pdf, .xlsx or .csv (not {suffix})."),
    "report.is_folder": QT_TRANSLATE_NOOP("Messages", "Cannot write the report to {out}: it is a "
        "folder. Give a file name, e.g. rekap.xlsx."),
    "report.cannot_create": QT_TRANSLATE_NOOP("Messages", "Cannot write the report {out}: "
        "{reason}. Choose a folder you may write to."),
    "report.cannot_write": QT_TRANSLATE_NOOP("Messages", "Cannot write the report {out}: "
        "{reason}. If the file is open in another program (Excel), close it and try again."),
    "asset.missing": QT_TRANSLATE_NOOP("Messages", "The {what} image {path} does not exist."),
    "asset.unreadable": QT_TRANSLATE_NOOP("Messages", "Cannot read the {what} image {path}: "
        "{reason}."),
    "asset.too_large": QT_TRANSLATE_NOOP("Messages", "The {what} image {path} is over 20 MB; use "
        "a smaller PNG."),
    "asset.damaged": QT_TRANSLATE_NOOP("Messages", "The {what} image {path} is damaged or not an "
        "image ({reason}). Replace it with a PNG file."),
    "asset.not_transparent": QT_TRANSLATE_NOOP("Messages", "The {what} image {path} has no "
        "transparent background, so it would hide the signature under it. Save it as a PNG with "
        "transparency."),
    "decode.no_zxing": QT_TRANSLATE_NOOP("Messages", "Reading QR codes from files needs the "
        "zxing-cpp package; you can still paste the code's text instead of a file."),
    "decode.bad_pdf": QT_TRANSLATE_NOOP("Messages", "{path} is not a readable PDF (damaged, or "
        "protected by a password). {reason}"),
    "decode.bad_image": QT_TRANSLATE_NOOP("Messages", "{path} is not an image Ikrar can read "
        "(use PNG or JPEG)."),
    "decode.no_file": QT_TRANSLATE_NOOP("Messages", "{path} does not exist or is not a file."),
    "decode.cannot_read": QT_TRANSLATE_NOOP("Messages", "Cannot read {path}: {reason}."),
    "decode.empty": QT_TRANSLATE_NOOP("Messages", "{path} is empty (0 bytes): it was not saved "
        "or copied completely. Save or scan it again."),
    "decode.too_large": QT_TRANSLATE_NOOP("Messages", "{path} is {size} MB, more than Ikrar reads "
        "({limit} MB). Split the PDF, or scan at 150-300 dpi."),
    "decode.too_many_pixels": QT_TRANSLATE_NOOP("Messages", "{path} is an image of more than "
        "{limit} million pixels (a decompression bomb, or a scan at a needlessly high "
        "resolution). Scan at 150-300 dpi."),
    "decode.not_pdf_or_image": QT_TRANSLATE_NOOP("Messages", "{path} is neither a PDF nor a "
        "picture (PNG, JPEG, TIFF, GIF, BMP, WebP), whatever its name says. Open the "
        "certificate's PDF or a photo or scan of it."),
    "decode.cancelled": QT_TRANSLATE_NOOP("Messages", "Cancelled."),
    "decode.no_code": QT_TRANSLATE_NOOP("Messages", "{path}: found {found}, no Ikrar certificate "
        "or badge code. Use a sharper scan (at least 150 dpi), or scan the QR code itself."),
    "numbering.invalid": QT_TRANSLATE_NOOP("Messages", "The numbering pattern “{pattern}” is not "
        "valid: {reason}."),
    "numbering.unknown_field": QT_TRANSLATE_NOOP("Messages", "The numbering pattern uses "
        "{field}; only {fields} can be used."),
    "numbering.needs_seq_station": QT_TRANSLATE_NOOP("Messages", "The numbering pattern "
        "“{pattern}” must contain {{seq}} and {{station}}: stations print offline, and only the "
        "station code keeps their numbers apart."),
    "checkin.unknown_method": QT_TRANSLATE_NOOP("Messages", "Unknown check-in method “{method}”."),
    "checkin.pledge_changed": QT_TRANSLATE_NOOP("Messages", "The pledge shown is not the event's "
        "current pledge text. Reload the event and sign again."),
    "checkin.signature_too_small": QT_TRANSLATE_NOOP("Messages", "The signature is empty or too "
        "small. Please sign again."),
    "checkin.not_on_roster.walk_in": QT_TRANSLATE_NOOP("Messages", "NIP {nip} is not on this "
        "event's roster; register them as a walk-in."),
    "checkin.not_on_roster.closed": QT_TRANSLATE_NOOP("Messages", "NIP {nip} is not on this "
        "event's roster and this event does not allow walk-ins."),
    "checkin.already_signed": QT_TRANSLATE_NOOP("Messages", "Already signed at this event: "
        "{when} at {where} (by {method}). Nothing new was recorded."),
    "store.cannot_create_folder": QT_TRANSLATE_NOOP("Messages", "Cannot create the data folder "
        "{path}: {reason}. Choose another folder."),
    "store.read_only": QT_TRANSLATE_NOOP("Messages", "The data folder {path} is read-only. Ikrar "
        "must be able to write there: choose another folder, or fix its permissions."),
    "store.cannot_read_db": QT_TRANSLATE_NOOP("Messages", "Cannot read the database {path}: "
        "{reason}."),
    "store.not_a_database": QT_TRANSLATE_NOOP("Messages", "{path} is not an Ikrar database (it "
        "is damaged or another kind of file). Move it aside and restore the database from a "
        "copy{backups}, or start a new data folder."),
    "store.db_lost": QT_TRANSLATE_NOOP("Messages", "The database {path} is missing or empty, "
        "but this folder held a station's database; nothing was created in its place. Close "
        "Ikrar and restore the database from a copy{backups}, or use a new data folder."),
    "store.newer_schema": QT_TRANSLATE_NOOP("Messages", "The database {path} was written by a "
        "newer version of Ikrar (schema {version}; this program knows up to {known}). Install "
        "the newer Ikrar; nothing was changed."),
    "store.disk_full": QT_TRANSLATE_NOOP("Messages", "The disk holding the Ikrar data folder is "
        "full. Nothing was saved. Free some space and try again."),
    "store.db_read_only": QT_TRANSLATE_NOOP("Messages", "The Ikrar database is read-only. "
        "Nothing was saved. Check the folder's permissions or choose another data folder."),
    "store.db_damaged": QT_TRANSLATE_NOOP("Messages", "The Ikrar database is damaged. Close "
        "Ikrar and restore the database from a copy{backups}, or start a new data folder."),
    "store.cannot_create_db": QT_TRANSLATE_NOOP("Messages", "Cannot create the database {path}: "
        "{reason}."),
    "store.cannot_open_db": QT_TRANSLATE_NOOP("Messages", "Cannot open the database {path}: "
        "{reason}"),
    "event.title_missing": QT_TRANSLATE_NOOP("Messages", "An event needs a title."),
    "event.unknown_fields": QT_TRANSLATE_NOOP("Messages", "Unknown event field(s): {fields}."),
    "event.none": QT_TRANSLATE_NOOP("Messages", "There is no event yet. Create one first."),
    "event.ambiguous": QT_TRANSLATE_NOOP("Messages", "{what} matches “{key}”."),
    "pledge.hash_mismatch": QT_TRANSLATE_NOOP("Messages", "The pledge text of event “{title}” "
        "does not match its recorded hash; it was changed outside Ikrar. Set the pledge text "
        "again on the event page."),
    "pledge.unusable": QT_TRANSLATE_NOOP("Messages", "The pledge text cannot be used: {reason}"),
    "pledge.version_missing": QT_TRANSLATE_NOOP("Messages", "The pledge text signed with hash "
        "{hash}… is not stored on this station for event “{title}”. Sync this station with the "
        "hub (or import the latest bundle) so the earlier pledge version arrives, then print "
        "again."),
    "pledge.version_altered": QT_TRANSLATE_NOOP("Messages", "The stored pledge text for hash "
        "{hash}… of event “{title}” was altered: it no longer matches what was signed. Restore "
        "the database from a backup."),
    "recap.no_roster": QT_TRANSLATE_NOOP("Messages", "The event “{title}” has no roster yet: "
        "import the roster first, then make the recap."),
    "recap.unknown_unit": QT_TRANSLATE_NOOP("Messages", "No one on the roster of “{title}” "
        "belongs to the unit “{unit}”. Check the spelling."),
    "pin.unknown_role": QT_TRANSLATE_NOOP("Messages", "Unknown role “{role}”."),
    "pin.digits_only": QT_TRANSLATE_NOOP("Messages", "A PIN has digits only."),
    "pin.length": QT_TRANSLATE_NOOP("Messages", "A PIN has {low} to {high} digits."),
    "pin.not_set": QT_TRANSLATE_NOOP("Messages", "The {role} role has no PIN yet."),
    "pin.none_set": QT_TRANSLATE_NOOP("Messages", "No PIN is set for {roles}."),
    "pin.locked_out": QT_TRANSLATE_NOOP("Messages", "Too many wrong PINs for the {role} role. "
        "Try again in {seconds} seconds."),
    "roster.xls": QT_TRANSLATE_NOOP("Messages", "{file} is an old Excel 97-2003 file (.xls). "
        "Open it in Excel and save it as .xlsx or CSV UTF-8, then import again."),
    "roster.unknown_type": QT_TRANSLATE_NOOP("Messages", "{file} is not a CSV or XLSX file. Open "
        "it in Excel and save it as .xlsx or CSV UTF-8, then import again."),
    "roster.cannot_read": QT_TRANSLATE_NOOP("Messages", "Cannot read {path}: {reason}."),
    "roster.cancelled": QT_TRANSLATE_NOOP("Messages",
                                          "The import was cancelled; nothing was written."),
    "roster.empty": QT_TRANSLATE_NOOP("Messages", "{file} is empty. Export the roster again and "
        "import that file."),
    "roster.too_large": QT_TRANSLATE_NOOP("Messages", "{file} is {size} MB; a roster can be at "
        "most {limit} MB. Remove columns Ikrar does not use or split it into several files."),
    "roster.protected": QT_TRANSLATE_NOOP("Messages", "{file} is an old (.xls) or "
        "password-protected workbook. Remove the password and save it as .xlsx or CSV UTF-8."),
    "roster.bad_workbook": QT_TRANSLATE_NOOP("Messages", "{file} is not a valid Excel workbook "
        "(it may be damaged). Open it in Excel and save it as .xlsx or CSV UTF-8, then import "
        "again."),
    "roster.unreadable_workbook": QT_TRANSLATE_NOOP("Messages", "{file} cannot be read as an "
        "Excel workbook ({reason}). Open it in Excel and save it as .xlsx or CSV UTF-8, then "
        "import again."),
    "roster.no_header": QT_TRANSLATE_NOOP("Messages", "{file} has no header row with NIP and "
        "Nama columns in its first rows. Add a header row naming the columns (NIP, Nama, Gelar "
        "Depan, Gelar Belakang, Pangkat, Golongan, Jabatan, Unit Kerja) and import again."),
    "roster.damaged": QT_TRANSLATE_NOOP("Messages", "{file} is damaged and cannot be read to the "
        "end ({reason}). Open it in Excel and save it as .xlsx or CSV UTF-8, then import again."),
    "roster.not_text": QT_TRANSLATE_NOOP("Messages", "{file} is not a text file. Open it in "
        "Excel and save it as .xlsx or CSV UTF-8, then import again."),
    "roster.encoding": QT_TRANSLATE_NOOP("Messages", "{file} is in an unknown text encoding. "
        "Open it in Excel and save it as CSV UTF-8 (Comma delimited), then import again."),
    "roster.bad_csv": QT_TRANSLATE_NOOP("Messages", "{file} is not a readable CSV file "
        "({reason}). Open it in Excel and save it as .xlsx or CSV UTF-8, then import again."),
    "usage.no_tls_off_loopback": QT_TRANSLATE_NOOP("Messages", "--no-tls is for this machine "
        "only, not {host}. Leave out --no-tls; the hub then speaks HTTPS."),
    "usage.workers_sqlite": QT_TRANSLATE_NOOP("Messages", "Several workers need a PostgreSQL "
        "hub; a SQLite hub writes one request at a time."),
    "auth.token_missing": QT_TRANSLATE_NOOP("Messages", "This request needs the station's token. "
        "Enrol the station first."),
    "auth.token_unknown": QT_TRANSLATE_NOOP("Messages", "The hub does not know this station's "
        "token. Enrol the station again with a new code."),
    "auth.revoked": QT_TRANSLATE_NOOP("Messages", "Station “{station}” was revoked on the hub "
        "and may not sync. Ask the administrator."),
    "tls.unreachable": QT_TRANSLATE_NOOP("Messages", "Cannot reach the hub at {host}:{port} over "
        "HTTPS: {reason}."),
    "tls.wrong_certificate": QT_TRANSLATE_NOOP("Messages", "The hub at {host}:{port} presented a "
        "certificate that is not the one named in the enrolment code (someone may be in between, "
        "or the address is wrong). Nothing was sent. Check the address and ask the administrator "
        "for a new code."),
    "scan.not_badge": QT_TRANSLATE_NOOP("Messages", "This QR code is not an employee "
        "badge{shown}. Scan the badge's QR code, or search by name."),
    "scan.certificate": QT_TRANSLATE_NOOP("Messages", "This is the QR code of a pledge "
        "certificate, not an employee badge. Scan the badge, or search by name."),
    "scan.damaged": QT_TRANSLATE_NOOP("Messages", "The badge code is damaged or was altered. "
        "Search for the person by name instead."),
    "scan.truncated": QT_TRANSLATE_NOOP("Messages", "The badge code was read only partly. Scan "
        "it again, a little further away, or search by name."),
    "scan.version": QT_TRANSLATE_NOOP("Messages", "This badge has a newer format than this Ikrar "
        "knows. Update Ikrar, or search by name."),
    "scan.other_agency": QT_TRANSLATE_NOOP("Messages", "This badge was issued by another agency "
        "(or is a forgery). Only this agency's badges are accepted; search by name instead."),
    "scan.forged": QT_TRANSLATE_NOOP("Messages", "The badge's signature does not match its NIP: "
        "it was altered or forged. Check the person's identity and search by name."),
    "scan.no_agency_key": QT_TRANSLATE_NOOP("Messages", "This station has no agency public key, "
        "so signed badges cannot be checked. Search by name, and ask the administrator to "
        "install the key."),
    "scan.unsigned": QT_TRANSLATE_NOOP("Messages", "This event accepts signed badges only; a "
        "plain NIP is not enough. Search by name and check the person's identity."),
    "scan.bad_nip": QT_TRANSLATE_NOOP("Messages", "The code holds no valid NIP{shown}. Check the "
        "badge, or search by name."),
    "scan.unknown_nip": QT_TRANSLATE_NOOP("Messages", "NIP {nip} is not in the employee list."),
    "scan.closed": QT_TRANSLATE_NOOP("Messages", "Check-in for this event is closed at this "
        "station."),
    "verify.format": QT_TRANSLATE_NOOP("Messages", "The code is damaged, or it is not an Ikrar "
        "certificate or badge."),
    "verify.certificate": QT_TRANSLATE_NOOP("Messages", "This QR is a pledge certificate, "
        "not an employee badge."),
    "verify.truncated": QT_TRANSLATE_NOOP("Messages", "The code is cut short: scan it again, or "
        "check the print."),
    "verify.version": QT_TRANSLATE_NOOP("Messages", "The code uses a format this version of "
        "Ikrar does not know. Update Ikrar."),
    "verify.signature": QT_TRANSLATE_NOOP("Messages", "The signature does not match the "
        "contents: the name, number, NIP, copy, event or time were altered, or the code is "
        "forged."),
    "verify.key_id": QT_TRANSLATE_NOOP("Messages", "The code was signed with another key: it is "
        "from another agency, or forged."),
    "verify.agency": QT_TRANSLATE_NOOP("Messages", "The station that printed it was certified by "
        "another agency."),
    "verify.station_certificate": QT_TRANSLATE_NOOP("Messages", "The certificate of the station "
        "that printed it is not validly signed by the agency."),
    "verify.expired": QT_TRANSLATE_NOOP("Messages", "The certificate of the station that printed "
        "it was not valid on the day it printed."),
    "verify.no_code": QT_TRANSLATE_NOOP("Messages", "No Ikrar code was found in the file. Use a "
        "sharper scan (at least 150 dpi), or scan the QR code itself."),
    "verify.mismatch": QT_TRANSLATE_NOOP("Messages", "The code is genuine, but the page does "
        "not print what it signs: the page was altered, or carries another certificate's QR "
        "code."),
    "verify.voided": QT_TRANSLATE_NOOP("Messages", "The signatures hold, but this certificate "
        "was voided."),
    "verify.strokes_changed": QT_TRANSLATE_NOOP("Messages", "The signatures hold, but the "
        "signature stored here for this certificate is not the one it was printed with."),
    "roster.row.empty": QT_TRANSLATE_NOOP("Messages", "The NIP is empty; fill in the 18-digit "
        "NIP."),
    "roster.row.not_digits": QT_TRANSLATE_NOOP("Messages", "The NIP contains letters or signs; "
        "an NIP has only digits."),
    "roster.row.length": QT_TRANSLATE_NOOP("Messages", "The NIP does not have 18 digits; check "
        "for a missing or extra digit."),
    "roster.row.scientific_notation": QT_TRANSLATE_NOOP("Messages", "Excel turned the NIP into a "
        "number (e.g. 1.99E+17) and lost digits; format the NIP column as Text and type the NIP "
        "again."),
    "roster.row.numeric_cell": QT_TRANSLATE_NOOP("Messages", "The NIP cell is a number, not "
        "text; Excel keeps only 15 digits. Format the NIP column as Text and type the NIP again."),
    "roster.row.birth_date": QT_TRANSLATE_NOOP("Messages", "The first 8 digits of the NIP are "
        "not a plausible birth date."),
    "roster.row.appointment": QT_TRANSLATE_NOOP("Messages", "The appointment date in the NIP is "
        "impossible (in the future, before age 18, or an invalid month)."),
    "roster.row.gender": QT_TRANSLATE_NOOP("Messages", "Digit 15 of the NIP (gender) must be 1 "
        "or 2."),
    "roster.row.serial": QT_TRANSLATE_NOOP("Messages", "The last 3 digits of the NIP must be 001 "
        "to 999."),
    "roster.row.duplicate": QT_TRANSLATE_NOOP("Messages", "This NIP appears on an earlier row "
        "too; remove one of the two rows."),
    "roster.row.missing_name": QT_TRANSLATE_NOOP("Messages", "The name is empty; every row needs "
        "the employee's name."),
    "roster.row.unknown_status": QT_TRANSLATE_NOOP("Messages", "Unknown status; use PNS, CPNS or "
        "PPPK."),
    "printer.folder": QT_TRANSLATE_NOOP("Messages", "Cannot write the file {file}: its folder "
        "does not exist or is read-only. Nothing was printed or marked printed."),
    "printer.no_printer": QT_TRANSLATE_NOOP("Messages", "No printer is installed on this "
        "computer. Install the printer, or save a PDF and print it elsewhere. Nothing was marked "
        "printed."),
    "printer.missing": QT_TRANSLATE_NOOP("Messages", "The printer {name} is not available "
        "(switched off, disconnected or removed). Choose another printer or save a PDF. Nothing "
        "was marked printed."),
    "printer.error": QT_TRANSLATE_NOOP("Messages", "The printer {name} reports an error. Check "
        "it (paper, toner, cable) and try again. Nothing was marked printed."),
    "printer.unreadable": QT_TRANSLATE_NOOP("Messages", "The prepared file {file} cannot be "
        "read; prepare it again."),
    "printer.cancelled": QT_TRANSLATE_NOOP("Messages", "Printing cancelled: nothing was sent to "
        "the printer and nothing was marked printed."),
    "printer.refused": QT_TRANSLATE_NOOP("Messages", "The printer {name} did not take the job. "
        "Nothing was marked printed. ({reason})"),
    "printer.not_started": QT_TRANSLATE_NOOP("Messages", "The printer {name} did not accept the "
        "job. Check that it is on and connected, or save a PDF instead. Nothing was marked "
        "printed."),
    "printer.stopped": QT_TRANSLATE_NOOP("Messages", "The printer {name} stopped taking pages "
        "after page {page}. Nothing was marked printed; print the batch again."),
    "printer.failed": QT_TRANSLATE_NOOP("Messages", "The printer {name} failed while printing. "
        "Nothing was marked printed; check the printer and print again."),
    "printer.write": QT_TRANSLATE_NOOP("Messages", "Cannot write {file}: {reason}. Choose "
        "another folder; nothing was marked printed."),
    "walk_in.nip.empty": QT_TRANSLATE_NOOP("Messages", "Enter the 18-digit NIP."),
    "walk_in.nip.not_digits": QT_TRANSLATE_NOOP("Messages", "An NIP has only digits."),
    "walk_in.nip.length": QT_TRANSLATE_NOOP("Messages", "An NIP has exactly 18 digits."),
    "walk_in.nip.scientific_notation": QT_TRANSLATE_NOOP("Messages", "An NIP has only digits."),
    "walk_in.nip.birth_date": QT_TRANSLATE_NOOP("Messages", "The first 8 digits are not a "
        "plausible birth date."),
    "walk_in.nip.appointment": QT_TRANSLATE_NOOP("Messages", "The appointment date in the NIP is "
        "impossible (in the future, before age 18, or an invalid month)."),
    "walk_in.nip.gender": QT_TRANSLATE_NOOP("Messages", "Digit 15 (gender) must be 1 or 2."),
    "walk_in.nip.serial": QT_TRANSLATE_NOOP("Messages", "The last 3 digits must be 001 to 999."),
    "verify.unknown": QT_TRANSLATE_NOOP("Messages", "The code does not verify."),
    "walk_in.not_allowed": QT_TRANSLATE_NOOP("Messages", "This event does not allow walk-ins."),
    "walk_in.closed": QT_TRANSLATE_NOOP("Messages", "Check-in for this event is closed at this "
        "station."),
    "walk_in.name": QT_TRANSLATE_NOOP("Messages", "Enter the name."),
    "walk_in.exists": QT_TRANSLATE_NOOP("Messages", "This NIP is already in the employee list: "
        "close this and search for it instead."),
    "walk_in.nip.other": QT_TRANSLATE_NOOP("Messages", "This is not a valid NIP."),
    "scan.walk_in_hint": QT_TRANSLATE_NOOP("Messages", "Register them as a walk-in if they "
        "belong here."),
    "scan.no_walk_ins": QT_TRANSLATE_NOOP("Messages", "This event does not allow walk-ins."),
    "error.unknown": QT_TRANSLATE_NOOP("Messages", "Something went wrong ({code}). The details "
        "are in the log file."),
    "method.badge": QT_TRANSLATE_NOOP("Messages", "badge scanner"),
    "method.camera": QT_TRANSLATE_NOOP("Messages", "camera"),
    "method.search": QT_TRANSLATE_NOOP("Messages", "search by name or NIP"),
    "method.walk_in": QT_TRANSLATE_NOOP("Messages", "walk-in registration"),
    **SYNC_TEXTS,
    **CRYPT_TEXTS,
    **PRIVACY_TEXTS,
}
