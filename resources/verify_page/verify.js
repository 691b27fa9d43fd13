// Ikrar certificate check, in the browser. Reads a v2 certificate code (digits "92…", the
// layout of desktop/ikrar/core/certificate_code.py) from the URL fragment or the text field,
// and checks agency → station → certificate with Ed25519 against the agency key embedded in
// this page. Nothing is fetched or sent: the fragment never leaves the phone.
"use strict";
(function () {
  var CONFIG = JSON.parse(document.getElementById("ikrar-config").textContent);
  var MAX_DIGITS = 2000;
  var LAYOUT_VERSION = 1;
  var NIP_LENGTH = 18;
  var EPOCH_MS = Date.UTC(2000, 0, 1);
  var DAY_MS = 86400000;
  var MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
    "September", "Oktober", "November", "Desember"];
  var DAYS = ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"];
  var ZONES = { 28: "WIB", 32: "WITA", 36: "WIT" };
  var encoder = new TextEncoder();
  var STATION_DOMAIN = encoder.encode("ikrar/station-certificate/v1\u0000");
  var CODE_DOMAIN = encoder.encode("ikrar/certificate/v2\u0000");
  // A pakta integritas signs the same layout under its own domain (core/certificate_code.py).
  var PAKTA_DOMAIN = encoder.encode("ikrar/pakta/v2\u0000");

  function hexToBytes(hex) {
    var out = new Uint8Array(hex.length / 2);
    for (var i = 0; i < out.length; i++) out[i] = parseInt(hex.substr(2 * i, 2), 16);
    return out;
  }
  function bytesToHex(bytes) {
    var s = "";
    for (var i = 0; i < bytes.length; i++) s += (bytes[i] < 16 ? "0" : "") + bytes[i].toString(16);
    return s;
  }
  function concat() {
    var size = 0, i;
    for (i = 0; i < arguments.length; i++) size += arguments[i].length;
    var out = new Uint8Array(size), at = 0;
    for (i = 0; i < arguments.length; i++) { out.set(arguments[i], at); at += arguments[i].length; }
    return out;
  }

  var AGENCY_KEY = hexToBytes(CONFIG.public_key);
  var AGENCY_KEY_ID = hexToBytes(CONFIG.key_id);

  // A refusal: `reason` matches the desktop's VerificationError reasons.
  function Invalid(reason, message) { this.reason = reason; this.message = message; }

  // --- Ed25519: WebCrypto where the browser has it, else the bundled @noble/ed25519 -------
  var engine = null;
  function chooseEngine() {
    if (engine) return engine;
    var subtle = window.crypto && window.crypto.subtle;
    if (!subtle || typeof subtle.importKey !== "function") {
      engine = Promise.resolve("noble");
    } else {
      engine = subtle.importKey("raw", AGENCY_KEY, { name: "Ed25519" }, false, ["verify"])
        .then(function () { return "webcrypto"; }, function () { return "noble"; });
    }
    engine.then(function (name) { document.documentElement.setAttribute("data-engine", name); });
    return engine;
  }
  function ed25519Verify(publicKey, signature, message) {
    return chooseEngine().then(function (name) {
      if (name === "noble") {
        try {
          // zip215 false: RFC 8032 strict, as the desktop (OpenSSL) checks.
          return nobleEd25519.verify(signature, message, publicKey, { zip215: false });
        } catch (e) { return false; }
      }
      var subtle = window.crypto.subtle;
      return subtle.importKey("raw", publicKey, { name: "Ed25519" }, false, ["verify"])
        .then(function (key) { return subtle.verify({ name: "Ed25519" }, key, signature, message); })
        .then(null, function () { return false; });
    });
  }

  // --- the code: digits → bytes → fields ------------------------------------------------
  function payloadOf(text) {
    var cut = text.lastIndexOf("#");
    return (cut >= 0 ? text.slice(cut + 1) : text).replace(/\s+/g, "");
  }

  function digitsToBytes(text) {
    var digits = payloadOf(text);
    if (!digits) throw new Invalid("empty", "Belum ada kode.");
    if (/^IKC\d*\./i.test(digits)) {
      // A genuine old certificate is not "TIDAK SAH": this page just cannot tell.
      throw new Invalid("legacy", "Ini kode sertifikat format lama (IKC1.). Halaman ini hanya " +
        "memeriksa kode baru; periksa sertifikat ini dengan aplikasi Ikrar (menu Verifikasi " +
        "atau ikrar verify).");
    }
    if (digits.slice(0, 2) !== "92") {
      throw new Invalid("format", "Ini bukan kode sertifikat Ikrar (kode sertifikat diawali 92).");
    }
    var number = digits.slice(2);
    if (!/^[0-9]+$/.test(number)) throw new Invalid("format", "Kode sertifikat hanya berisi angka.");
    if (number.length > MAX_DIGITS) throw new Invalid("format", "Kode ini terlalu panjang untuk kode sertifikat.");
    if (number[0] === "0") throw new Invalid("format", "Kode sertifikat rusak.");
    var hex = BigInt(number).toString(16);
    if (hex.length % 2) hex = "0" + hex;
    var data = hexToBytes(hex);
    if (data[0] > 4) {
      // Cutting digits off divides the number by a power of ten: its leading byte changes.
      throw new Invalid("truncated", "Kode sertifikat terpotong atau rusak: pindai lagi, " +
        "atau periksa cetakannya.");
    }
    if (data[0] !== LAYOUT_VERSION) {
      throw new Invalid("version", "Kode ini memakai format " + data[0] + " yang belum " +
        "dikenal halaman ini (atau kodenya rusak).");
    }
    return data;
  }

  function Reader(data) { this.data = data; this.pos = 0; }
  Reader.prototype.take = function (n) {
    if (this.pos + n > this.data.length) {
      throw new Invalid("truncated", "Kode sertifikat terpotong: sebagian kodenya hilang.");
    }
    var chunk = this.data.subarray(this.pos, this.pos + n);
    this.pos += n;
    return chunk;
  };
  Reader.prototype.byte = function () { return this.take(1)[0]; };
  Reader.prototype.uint = function (n) {
    var b = this.take(n), v = 0;
    for (var i = 0; i < n; i++) v = v * 256 + b[i];
    return v;
  };
  Reader.prototype.varint = function () {
    var value = 0;
    for (var i = 0; i < 4; i++) {
      var b = this.byte();
      value += (b & 0x7f) * Math.pow(2, 7 * i);
      if (!(b & 0x80)) {
        if (b === 0 && i) throw new Invalid("format", "Kode sertifikat rusak.");
        return value;
      }
    }
    throw new Invalid("format", "Kode sertifikat rusak.");
  };
  Reader.prototype.utf8 = function (n) {
    try {
      return new TextDecoder("utf-8", { fatal: true }).decode(this.take(n));
    } catch (e) {
      if (e instanceof Invalid) throw e;
      throw new Invalid("format", "Kode sertifikat berisi teks yang tidak terbaca.");
    }
  };
  Reader.prototype.text = function (limit) {
    var size = this.varint();
    if (size < 1 || size > limit) throw new Invalid("format", "Kode sertifikat rusak.");
    return this.utf8(size);
  };

  function uuidText(b) {
    var h = bytesToHex(b);
    return [h.slice(0, 8), h.slice(8, 12), h.slice(12, 16), h.slice(16, 20), h.slice(20)].join("-");
  }

  function decode(data) {
    var r = new Reader(data);
    var code = {};
    r.byte();
    code.keyHint = r.take(2);
    code.name = r.text(200);
    var nip = BigInt("0x" + (bytesToHex(r.take(8)) || "0")).toString();
    code.nip = ("000000000000000000" + nip).slice(-NIP_LENGTH);
    code.number = r.text(100);
    code.eventTag = bytesToHex(r.take(6));
    code.seconds = r.uint(4);
    var q = r.byte();
    code.quarters = q > 127 ? q - 256 : q;
    if (code.quarters <= -96 || code.quarters >= 96) {  // a UTC offset is less than a day
      throw new Invalid("format", "Kode sertifikat memuat waktu yang mustahil.");
    }
    code.copy = r.varint();
    r.take(8); // strokes hash prefix: only a station holding the strokes can use it
    code.issuedDays = r.uint(2);
    var stationStart = r.pos;
    var tag = r.byte();
    if (tag === 0x10) {
      code.stationId = uuidText(r.take(16));
    } else if (tag === 0x00) {
      code.stationId = r.utf8(r.byte());
    } else {
      throw new Invalid("format", "Kode sertifikat memuat id stasiun yang tidak dikenal.");
    }
    code.stationName = r.utf8(r.byte());
    code.stationKey = r.take(32);
    var validity = r.pos;
    code.validFrom = r.uint(2);
    code.validUntil = r.uint(2);
    // What the agency signed: the station certificate, its version and issuer key id restored.
    code.stationSigned = concat(STATION_DOMAIN, new Uint8Array([1]),
      data.subarray(stationStart, validity), AGENCY_KEY_ID, data.subarray(validity, validity + 4));
    code.agencySignature = r.take(64);
    code.signed = data.subarray(0, r.pos);
    code.signature = r.take(64);
    if (r.pos !== data.length) {
      throw new Invalid("format", "Kode sertifikat rusak: ada " + (data.length - r.pos) +
        " bita berlebih.");
    }
    if (nip.length > NIP_LENGTH) throw new Invalid("format", "Kode sertifikat tidak memuat NIP yang sah.");
    return code;
  }

  function check(text) {
    var code;
    try {
      code = decode(digitsToBytes(text));
    } catch (e) {
      return Promise.reject(e);
    }
    if (code.keyHint[0] !== AGENCY_KEY_ID[0] || code.keyHint[1] !== AGENCY_KEY_ID[1]) {
      return Promise.reject(new Invalid("agency", "Sertifikat ini ditandatangani dengan kunci " +
        "instansi lain, bukan kunci instansi ini: sertifikat instansi lain, atau palsu."));
    }
    return ed25519Verify(AGENCY_KEY, code.agencySignature, code.stationSigned).then(function (ok) {
      if (!ok) {
        throw new Invalid("station_certificate", "Sertifikat stasiun “" + code.stationName +
          "” tidak bertanda tangan instansi yang sah: kodenya diubah atau dipalsukan.");
      }
      if (code.issuedDays < code.validFrom || code.issuedDays > code.validUntil) {
        throw new Invalid("expired", "Stasiun “" + code.stationName + "” tidak berwenang " +
          "menandatangani pada " + formatDate(code.issuedDays) + ".");
      }
      return ed25519Verify(code.stationKey, code.signature, concat(CODE_DOMAIN, code.signed));
    }).then(function (ok) {
      code.kind = "certificate";
      if (ok) return ok;
      code.kind = "pakta";
      return ed25519Verify(code.stationKey, code.signature, concat(PAKTA_DOMAIN, code.signed));
    }).then(function (ok) {
      if (!ok) {
        throw new Invalid("signature", "Tanda tangan digital tidak cocok dengan isinya: nama, " +
          "NIP, nomor, salinan atau waktu telah diubah.");
      }
      return code;
    });
  }

  // --- showing it -----------------------------------------------------------------------
  function two(n) { return (n < 10 ? "0" : "") + n; }
  function formatDate(days) {
    var d = new Date(EPOCH_MS + days * DAY_MS);
    return d.getUTCDate() + " " + MONTHS[d.getUTCMonth()] + " " + d.getUTCFullYear();
  }
  function formatTime(seconds, quarters) {
    // Shown in the offset the station signed in, as the paper prints it.
    var d = new Date(EPOCH_MS + (seconds + quarters * 900) * 1000);
    var zone = ZONES[quarters];
    if (!zone) {
      var m = Math.abs(quarters) * 15;
      zone = "UTC" + (quarters < 0 ? "−" : "+") + two(Math.floor(m / 60)) + ":" + two(m % 60);
    }
    return DAYS[d.getUTCDay()] + ", " + d.getUTCDate() + " " + MONTHS[d.getUTCMonth()] + " " +
      d.getUTCFullYear() + ", " + two(d.getUTCHours()) + "." + two(d.getUTCMinutes()) + " " + zone;
  }
  function formatNip(nip) {
    return nip.slice(0, 8) + " " + nip.slice(8, 14) + " " + nip.slice(14, 15) + " " + nip.slice(15);
  }
  function eventText(tag) {
    var known = CONFIG.events && CONFIG.events[tag];
    return known || "Acara tidak tercantum di halaman ini (kode acara " + tag + ")";
  }

  var VERDICTS = { valid: "SAH", invalid: "TIDAK SAH", legacy: "BELUM DIPERIKSA" };
  var $ = function (id) { return document.getElementById(id); };

  function show(state, fields, message, reason) {
    var result = $("result");
    result.hidden = false;
    result.className = state;
    $("verdict").textContent = VERDICTS[state];
    $("verdict-note").textContent = state === "valid"
      ? (fields.kind === "pakta" ? "Pakta integritas. " : "") +
        "Tanda tangan digital instansi dan stasiun cocok."
      : message;
    $("fields").hidden = !fields;
    $("compare").hidden = !fields;
    if (fields) {
      $("f-name").textContent = fields.name;
      $("f-nip").textContent = formatNip(fields.nip);
      $("f-number").textContent = fields.number;
      $("f-copy").textContent = fields.copy ? "SALINAN ke-" + fields.copy : "Asli";
      $("f-event").textContent = eventText(fields.eventTag);
      $("f-time").textContent = formatTime(fields.seconds, fields.quarters);
      $("f-station").textContent = fields.stationName;
    }
    result.setAttribute("data-reason", reason || "");
    document.documentElement.setAttribute("data-state", state);
    result.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }

  var current = 0;
  function run(text) {
    var ticket = ++current;
    document.documentElement.setAttribute("data-state", "checking");
    check(text).then(function (code) {
      if (ticket === current) show("valid", code);
    }, function (e) {
      if (ticket !== current) return;
      if (!(e instanceof Invalid)) e = new Invalid("format", "Kode sertifikat rusak.");
      if (e.reason === "empty") {
        $("result").hidden = true;
        document.documentElement.setAttribute("data-state", "empty");
        return;
      }
      show(e.reason === "legacy" ? "legacy" : "invalid", null, e.message, e.reason);
    });
  }

  function fromHash() {
    var text = location.hash.slice(1);
    try { text = decodeURIComponent(text); } catch (e) { /* keep as is */ }
    if (text) {
      run(text);
    } else {
      $("result").hidden = true;
      document.documentElement.setAttribute("data-state", "empty");
    }
  }

  $("entry").addEventListener("submit", function (ev) {
    ev.preventDefault();
    var text = $("code").value;
    if (!payloadOf(text)) return;
    run(text);
  });
  window.addEventListener("hashchange", fromHash);
  chooseEngine();
  fromHash();
})();
