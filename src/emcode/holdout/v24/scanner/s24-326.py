import socket
import ssl


def fetch_banner(host: str, port: int = 8443, cafile: str | None = None) -> str:
    ctx = ssl.create_default_context(cafile=cafile)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    with socket.create_connection((host, port), timeout=5) as raw:
        with ctx.wrap_socket(raw, server_hostname=host) as tls:
            tls.sendall(b"STATUS\n")
            return tls.recv(1024).decode()
