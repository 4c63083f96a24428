"""The fault proxy really injects each fault between a client and a loopback HTTP server."""
from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import requests

from kiosk_app.api.fault_proxy import FaultProxy, LinkFault

BODY = b"x" * 10_000


class Handler(BaseHTTPRequestHandler):
    hits = 0

    def do_GET(self) -> None:  # noqa: N802 (http.server API)
        Handler.hits += 1
        self.send_response(200)
        self.send_header("Content-Length", str(len(BODY)))
        self.end_headers()
        self.wfile.write(BODY)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def proxy() -> Iterator[FaultProxy]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    with FaultProxy(("127.0.0.1", server.server_address[1]), seed=7) as proxy:
        yield proxy
    server.shutdown()
    server.server_close()


def get(proxy: FaultProxy, timeout: float = 3.0) -> requests.Response:
    return requests.get(proxy.url + "/", timeout=timeout)


def test_passes_through(proxy: FaultProxy) -> None:
    assert get(proxy).content == BODY


@pytest.mark.parametrize("fault,code", [(LinkFault.HTTP_500, 500), (LinkFault.HTTP_502, 502),
                                        (LinkFault.HTTP_503, 503)])
def test_http_errors_do_not_reach_the_server(proxy: FaultProxy, fault: LinkFault, code: int) -> None:
    proxy.set(fault)
    before = Handler.hits
    assert get(proxy).status_code == code
    assert Handler.hits == before


def test_drop(proxy: FaultProxy) -> None:
    proxy.set(LinkFault.DROP)
    with pytest.raises(requests.ConnectionError):
        get(proxy)


def test_cut_response_reaches_the_server_but_not_back(proxy: FaultProxy) -> None:
    proxy.set(LinkFault.CUT_RESPONSE)
    before = Handler.hits
    with pytest.raises(requests.RequestException):
        get(proxy).content  # noqa: B018 - reading the body is the point
    assert Handler.hits == before + 1


def test_blackhole_times_out(proxy: FaultProxy) -> None:
    proxy.set(LinkFault.BLACKHOLE, blackhole_s=5)
    with pytest.raises(requests.Timeout):
        get(proxy, timeout=0.5)


def test_delay(proxy: FaultProxy) -> None:
    proxy.set(LinkFault.DELAY, delay_s=1.0)
    with pytest.raises(requests.Timeout):
        get(proxy, timeout=0.3)
    proxy.set(LinkFault.DELAY, delay_s=0.2)
    assert get(proxy, timeout=3).content == BODY


def test_failure_rate_injects_a_share_of_faults(proxy: FaultProxy) -> None:
    proxy.set(failure_rate=0.5)
    for _ in range(40):
        try:
            get(proxy, timeout=0.5)
        except requests.RequestException:
            pass
    proxy.clear()
    faults = sum(n for name, n in proxy.counts.items() if name != "none")
    assert 8 <= faults <= 32


@pytest.mark.parametrize("fault", [LinkFault.HTTP_503, LinkFault.CUT_RESPONSE])
def test_a_match_faults_only_the_requests_it_names(proxy: FaultProxy, fault: LinkFault) -> None:
    """Issue 15: an OpenCPS submission is several requests; ``match`` breaks only the ones whose request line
    matches (here ``GET /files/...``), and passes the others through untouched (counted as "none")."""
    proxy.set(fault, match=r"GET /files/[0-9]+ ")
    assert requests.get(proxy.url + "/catalogue", timeout=3).content == BODY
    if fault is LinkFault.HTTP_503:
        assert requests.get(proxy.url + "/files/7", timeout=3).status_code == 503
    else:
        with pytest.raises(requests.RequestException):
            requests.get(proxy.url + "/files/7", timeout=3).content  # noqa: B018 (reading the cut body)
    assert requests.get(proxy.url + "/files/x7", timeout=3).content == BODY
    assert proxy.counts == {"none": 2, fault.value: 1}
