"""Child process for the crash test: checks people in until it is killed.

Prints the attendance id of each check-in only after `check_in()` returned, i.e. committed.
"""

from __future__ import annotations

import sys

from ikrar.core.strokes import synthetic_signature
from ikrar.store.checkin import check_in
from ikrar.store.db import init_db
from ikrar.store.events import current_event
from ikrar.store.models import Attendance, Employee, RosterEntry


def main(folder: str) -> None:
    init_db(folder)
    event = current_event()
    signed = Attendance.select(Attendance.employee).where(Attendance.event == event)
    waiting = (Employee.select().join(RosterEntry)
               .where((RosterEntry.event == event) & Employee.id.not_in(signed))
               .order_by(Employee.nip))
    signature = synthetic_signature(1)
    for employee in list(waiting):
        attendance = check_in(event, employee, signature, method="badge",
                              pledge_hash=event.pledge_hash)
        sys.stdout.write(f"{attendance.id}\n")
        sys.stdout.flush()
    sys.stdout.write("done\n")


if __name__ == "__main__":
    main(sys.argv[1])
