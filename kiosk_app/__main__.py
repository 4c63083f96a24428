"""``python -m kiosk_app`` and the frozen build's entry point: the ``kiosk`` command.

In the frozen build ``sys.executable`` is this program, not a Python interpreter, so the embedded
server's PDF inspector (a child process, :mod:`server.pdf_check`) starts it with
``--pdf-inspect-child``: that runs the inspector instead of the kiosk; the kiosk starts its embedded
backend (:mod:`kiosk_app.embedded_server`) with ``--embedded-server-child``.
"""
import sys

PDF_INSPECT_CHILD = "--pdf-inspect-child"
EMBEDDED_SERVER_CHILD = "--embedded-server-child"  # = kiosk_app.embedded_server.CHILD_FLAG

if len(sys.argv) > 1 and sys.argv[1] == EMBEDDED_SERVER_CHILD:
    from kiosk_app.embedded_server import main as server_main  # the kiosk's embedded backend, in its own process

    raise SystemExit(server_main(sys.argv[2:]))

if len(sys.argv) > 1 and sys.argv[1] == PDF_INSPECT_CHILD:
    from server.pdf_inspect import main as inspect_main  # embedded backend only

    del sys.argv[1]
    inspect_main()
    raise SystemExit(0)

from kiosk_app.cli import main  # noqa: E402 - the child dispatch above must not import the GUI

raise SystemExit(main())
