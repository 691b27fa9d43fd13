"""The registration desk: scanning, the attendee card, signing, the kiosk."""
