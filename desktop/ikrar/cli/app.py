"""Command line: the application window (`ikrar` alone) and `ikrar demo`."""

from __future__ import annotations

import argparse
from pathlib import Path

from ikrar import paths
from ikrar.cli.base import open_store
from ikrar.core.errors import IkrarError, UsageError


def add_demo_command(commands) -> None:
    demo = commands.add_parser(
        "demo", help="open the app on a separate demo folder with a fictional agency and event"
    )
    demo.add_argument("--no-gui", action="store_true", help="only fill the demo folder")
    demo.add_argument("--count", type=int, default=400, help="fictional employees (default 400)")
    demo.set_defaults(func=cmd_demo, needs_db=False)


def cmd_gui(args: argparse.Namespace) -> int:
    from ikrar import app  # noqa: PLC0415 - Qt only when a window is wanted
    from ikrar.store.postgres import remembered  # noqa: PLC0415

    folder = paths.data_dir(args.data_dir)
    if remembered(folder):
        app.refuse_hub_on_postgres(folder)
        return 2
    try:
        local = open_store(args, prompt=app.ask_passphrase)
    except IkrarError as exc:  # a read-only or full drive, a damaged file: say so in a window
        app.show_start_error(str(exc))
        raise
    return app.run(local)


def cmd_demo(args: argparse.Namespace) -> int:
    from ikrar.store import demo, settings  # noqa: PLC0415

    folder = Path(args.data_dir).expanduser() if args.data_dir else paths.demo_data_dir()
    local = open_store(args, folder, passphrase=demo.DEMO_PASSPHRASE)
    if not settings.get("demo"):
        if not demo.demo_ready():
            settings.put("demo", True)
        else:
            raise UsageError(
                "demo.real_data",
                f"{folder} holds real data, not a demo. Demo data never mixes with real data: "
                "run `ikrar demo` without --data-dir, or give it an empty folder.",
                folder=folder,
            )
    if not demo.demo_ready():
        summary = demo.fill_demo(args.count)
        print(f"Demo folder {folder}: {summary.employees} employees, "
              f"{summary.checked_in} check-ins; a demo agency key (no passphrase) and this "
              "station certified with it, so certificates print.")
    else:
        demo.equip_for_printing()  # a demo folder made by an older version gets its key too
        print(f"Demo folder {folder} is ready.")
    if args.no_gui:
        return 0
    from ikrar import app  # noqa: PLC0415

    return app.run(local, demo=True)

