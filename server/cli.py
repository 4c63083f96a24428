"""The ``kiosk-server`` command: run the reference backend, or manage kiosks, staff and the calendar.

    kiosk-server [--host 127.0.0.1] [--port 8800] [--database-url URL] [--data-dir DIR]
                 [--forwarded-allow-ips 10.0.0.5,...] [--enable-docs]
    kiosk-server add-kiosk ID [ID ...]        prints one token per kiosk (stored hashed)
    kiosk-server remove-kiosk ID              refuses the kiosk's token from now on
    kiosk-server add-staff USER               asks for the password (or --password-stdin)
    kiosk-server calendar DAY off|work|clear  corrects the working calendar (DAY as YYYY-MM-DD)
    kiosk-server catalogue import FILE        loads the national procedure database's JSON export
"""
from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from datetime import date
from pathlib import Path

import platformdirs

from kiosk_app.privacy import ensure_private_dir, restrict_process_umask
from server.log_setup import configure_logging

log = logging.getLogger("server.cli")


def _default_data_dir() -> str:
    return os.environ.get("KIOSK_SERVER_DATA_DIR") or platformdirs.user_data_dir("mst-kiosk-server")


def _database_url(args: argparse.Namespace) -> str:
    if args.database_url:
        return str(args.database_url)
    return f"sqlite:///{Path(args.data_dir) / 'server.sqlite3'}"


def build_parser() -> argparse.ArgumentParser:
    """The command line."""
    parser = argparse.ArgumentParser(prog="kiosk-server", description="MST one-stop reference backend")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8800)
    parser.add_argument("--database-url", default=os.environ.get("KIOSK_SERVER_DATABASE_URL"),
                        help="SQLAlchemy URL; default: SQLite file in the data directory")
    parser.add_argument("--data-dir", default=_default_data_dir(), help="database (SQLite) and uploaded files")
    parser.add_argument("--public-base-url", default=None, help="base of tracking links printed on receipts")
    parser.add_argument("--agency-code", default=None)
    parser.add_argument("--forwarded-allow-ips", default=os.environ.get("KIOSK_SERVER_FORWARDED_ALLOW_IPS", ""),
                        help="comma-separated addresses of reverse proxies whose X-Forwarded-For is believed "
                             "(default: none; proxy headers are ignored)")
    parser.add_argument("--enable-docs", action="store_true", help="serve /docs, /redoc and /openapi.json")
    parser.add_argument("--log-level", default="INFO")
    commands = parser.add_subparsers(dest="command")
    add_kiosk = commands.add_parser("add-kiosk", help="register kiosks and print their tokens")
    add_kiosk.add_argument("kiosk_ids", nargs="+")
    remove_kiosk = commands.add_parser("remove-kiosk", help="deactivate a kiosk (its token stops working)")
    remove_kiosk.add_argument("kiosk_id")
    add_staff = commands.add_parser("add-staff", help="create a staff user or set their password")
    add_staff.add_argument("username")
    add_staff.add_argument("--display-name")
    add_staff.add_argument("--password-stdin", action="store_true")
    calendar = commands.add_parser("calendar", help="mark a day as day off or working day")
    calendar.add_argument("day", type=date.fromisoformat)
    calendar.add_argument("kind", choices=["off", "work", "clear"])
    calendar.add_argument("--note", default="")
    catalogue = commands.add_parser("catalogue", help="manage the procedure catalogue")
    catalogue_commands = catalogue.add_subparsers(dest="catalogue_command", required=True)
    catalogue_import = catalogue_commands.add_parser(
        "import", help="load a JSON export of the national procedure database (all or nothing)")
    catalogue_import.add_argument("file", type=Path)
    commands.add_parser("openapi", help="print the OpenAPI document")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``kiosk-server``."""
    args = build_parser().parse_args(argv)
    restrict_process_umask()  # the database, uploads and anything else we create: owner only
    configure_logging(args.log_level)
    from server.app import create_app  # noqa: PLC0415 (keeps --help fast)
    from server.settings import is_loopback_host  # noqa: PLC0415

    ensure_private_dir(Path(args.data_dir))
    settings: dict[str, object] = {}
    if args.public_base_url:
        settings["public_base_url"] = args.public_base_url
    elif args.command is None:
        settings["public_base_url"] = f"http://{args.host}:{args.port}"
    if args.command is None and is_loopback_host(args.host):
        # Served on this machine only: cookies drop Secure if (and only if) the base URL is plain http
        # on a loopback host too (ServerSettings.secure_cookies).
        settings["insecure_cookies"] = True
    if args.agency_code:
        settings["agency_code"] = args.agency_code
    trusted = [address.strip() for address in args.forwarded_allow_ips.split(",") if address.strip()]
    if trusted:
        settings["forwarded_allow_ips"] = trusted
    if args.enable_docs:
        settings["enable_docs"] = True
    app = create_app(_database_url(args), args.data_dir, **settings)
    backend = app.state.backend
    try:
        if args.command == "add-kiosk":
            for kiosk_id in args.kiosk_ids:
                print(f"{kiosk_id} {backend.add_kiosk(kiosk_id)}")
            return 0
        if args.command == "remove-kiosk":
            if not backend.deactivate_kiosk(args.kiosk_id):
                print(f"no kiosk {args.kiosk_id!r}", file=sys.stderr)
                return 1
            return 0
        if args.command == "add-staff":
            password = sys.stdin.readline().rstrip("\n") if args.password_stdin else getpass.getpass("Password: ")
            if len(password) < 8:
                print("password must have at least 8 characters", file=sys.stderr)
                return 2
            backend.add_staff(args.username, password, args.display_name, exist_ok=True)
            return 0
        if args.command == "calendar":
            backend.set_calendar_day(args.day, None if args.kind == "clear" else args.kind == "work", args.note)
            return 0
        if args.command == "catalogue":
            from server.catalogue_import import CatalogueImportError  # noqa: PLC0415

            try:
                print(backend.import_catalogue(args.file).summary())
            except (CatalogueImportError, OSError) as error:
                print(f"Không nhập danh mục (không thay đổi gì): {error}", file=sys.stderr)
                return 2
            return 0
        if args.command == "openapi":
            from server.openapi_dump import render  # noqa: PLC0415
            print(render(app), end="")
            return 0
        from server.serving import PromptServer, uvicorn_config  # noqa: PLC0415

        # log_config=None: no uvicorn handlers; its records reach the masked root handler.
        PromptServer(uvicorn_config(app, host=args.host, port=args.port, log_level=args.log_level.lower(),
                                      log_config=None)).run()
        return 0
    finally:
        backend.close()


if __name__ == "__main__":
    sys.exit(main())
