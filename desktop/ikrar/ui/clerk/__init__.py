"""The secretariat clerk: certificates, printing, verification."""
