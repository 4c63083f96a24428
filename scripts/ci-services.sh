# shellcheck shell=bash
# Services the test suite needs on a fresh Debian machine; meant to be *sourced* (as root) by .ci/run:
#     source scripts/ci-services.sh
# Installs Debian's postgresql, chromium and chromium-driver when missing, starts a throw-away
# PostgreSQL cluster on loopback (temporary directory, free port, trust auth), creates a database and
# exports KIOSK_TEST_POSTGRES_URL. The cluster is stopped and deleted when the sourcing shell exits
# (or call kiosk_ci_services_stop). Sourcing it again while the cluster runs does nothing.
# For the chip ID card tests (issue 16) it installs pcscd, vsmartcard-vpcd (Debian's virtual reader driver),
# libpcsclite-dev and swig (pyscard builds against them) when missing (and poppler-utils: pdftotext reads the
# forms' PDFs back in the issue 14 tests), and starts a pcscd in the foreground
# whose only reader is the vpcd one (port 0x8C7B), unless a pcscd already answers; stopped at exit too.

kiosk_ci_services_stop() {
    if [[ -n "${KIOSK_TEST_PCSCD_PID:-}" ]]; then
        kill "${KIOSK_TEST_PCSCD_PID}" 2>/dev/null || true
        wait "${KIOSK_TEST_PCSCD_PID}" 2>/dev/null || true
        rm -rf "${KIOSK_TEST_PCSCD_DIR:-/nonexistent}"
        unset KIOSK_TEST_PCSCD_PID KIOSK_TEST_PCSCD_DIR
    fi
    if [[ -n "${KIOSK_TEST_POSTGRES_DIR:-}" && -d "${KIOSK_TEST_POSTGRES_DIR}" ]]; then
        local pg_ctl
        pg_ctl="$(cat "${KIOSK_TEST_POSTGRES_DIR}/bindir")/pg_ctl"
        _kiosk_as_pg "$pg_ctl" -D "${KIOSK_TEST_POSTGRES_DIR}/data" -m immediate stop >/dev/null 2>&1 || true
        rm -rf "${KIOSK_TEST_POSTGRES_DIR}"
    fi
    unset KIOSK_TEST_POSTGRES_URL KIOSK_TEST_POSTGRES_DIR
}

_kiosk_as_pg() {
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

_kiosk_ci_services_start() {
    local missing=() bindir dir port
    if [[ -n "${KIOSK_TEST_POSTGRES_DIR:-}" && -f "${KIOSK_TEST_POSTGRES_DIR}/data/postmaster.pid" ]]; then
        return 0  # already running from an earlier `source`
    fi
    compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
    [[ -x /usr/bin/chromium ]] || missing+=(chromium)
    [[ -x /usr/bin/chromedriver ]] || missing+=(chromium-driver)
    [[ -x /usr/sbin/pcscd ]] || missing+=(pcscd)
    [[ -f /usr/lib/pcsc/drivers/serial/libifdvpcd.so ]] || missing+=(vsmartcard-vpcd)
    [[ -f /usr/include/PCSC/winscard.h ]] || missing+=(libpcsclite-dev)
    command -v swig >/dev/null || missing+=(swig)
    command -v pdftotext >/dev/null || missing+=(poppler-utils)  # issue 14: the forms' PDFs are read back as text
    if (( ${#missing[@]} )); then
        if [[ $(id -u) -ne 0 ]] || ! command -v apt-get >/dev/null; then
            echo "ci-services: missing ${missing[*]} and cannot install them (need root and apt-get)" >&2
            return 1
        fi
        echo "ci-services: installing ${missing[*]}"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    fi
    bindir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
    dir=$(mktemp -d /tmp/kiosk-pg.XXXXXX)
    echo "$bindir" >"$dir/bindir"
    [[ $(id -u) -eq 0 ]] && chown postgres: "$dir"
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    _kiosk_as_pg "$bindir/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --no-sync >"$dir/initdb.log" 2>&1 || {
        echo "ci-services: initdb failed:" >&2; cat "$dir/initdb.log" >&2; return 1; }
    _kiosk_as_pg "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
        start >/dev/null || { echo "ci-services: PostgreSQL did not start:" >&2; cat "$dir/server.log" >&2; return 1; }
    _kiosk_as_pg "$bindir/createdb" -h 127.0.0.1 -p "$port" -U postgres kiosk_test
    export KIOSK_TEST_POSTGRES_DIR="$dir"
    export KIOSK_TEST_POSTGRES_URL="postgresql+psycopg://postgres@127.0.0.1:${port}/kiosk_test"
    _kiosk_ci_pcscd_start
    if [[ -z "$(trap -p EXIT)" ]]; then
        trap kiosk_ci_services_stop EXIT
    fi
    echo "ci-services: PostgreSQL $(basename "$(dirname "$bindir")") on 127.0.0.1:${port}; chromium: $(/usr/bin/chromium --version 2>/dev/null || echo absent)"
}

_kiosk_ci_pcscd_start() {
    # A pcscd that already answers (the system's) is used as it is; the tests find its vpcd reader.
    if [[ -S /run/pcscd/pcscd.comm ]] && pgrep -x pcscd >/dev/null; then
        return 0
    fi
    local dir
    dir=$(mktemp -d /tmp/kiosk-pcscd.XXXXXX)
    printf 'FRIENDLYNAME "Virtual PCD"\nDEVICENAME   /dev/null:0x8C7B\nLIBPATH      /usr/lib/pcsc/drivers/serial/libifdvpcd.so\nCHANNELID    0x8C7B\n' >"$dir/vpcd"
    /usr/sbin/pcscd --foreground --config "$dir" >"$dir.log" 2>&1 &
    export KIOSK_TEST_PCSCD_PID=$! KIOSK_TEST_PCSCD_DIR="$dir"
    for _ in $(seq 50); do [[ -S /run/pcscd/pcscd.comm ]] && break; sleep 0.1; done
    echo "ci-services: pcscd (pid ${KIOSK_TEST_PCSCD_PID}) with the vpcd virtual reader"
}

_kiosk_ci_services_start
