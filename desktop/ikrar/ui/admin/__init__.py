"""Administration: the event, the roster, dashboard, audit, reconciliation, settings, first run."""
