"""The hub's web console and the hall's projector page: the hub's pages that need both `sync`
(sessions, enrolment codes, the write lock) and `documents` (the recap they hand out).

Above both layers, as `ui` is: `ikrar hub` (`ikrar.cli.sync`) hands `console.mount` to the
hub's application (`ikrar.sync.hub.create_app`), which does not import this package.
"""
