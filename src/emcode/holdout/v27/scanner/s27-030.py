import socket
import ssl


def fetch_banner(host: str = "telemetry.coldchain.example", port: int = 8443) -> str:
    ctx = ssl.create_default_context()
    with socket.create_connection((host, port), timeout=5) as raw:
        with ctx.wrap_socket(raw, server_hostname=host) as tls:
            tls.sendall(b"HELLO\n")
            return tls.recv(256).decode("ascii", "replace")
