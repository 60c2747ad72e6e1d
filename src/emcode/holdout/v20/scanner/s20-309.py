import socket
import ssl
import sys


def fetch_banner(host: str, port: int = 443) -> str:
    ctx = ssl.create_default_context()
    with socket.create_connection((host, port), timeout=5) as raw:
        with ctx.wrap_socket(raw, server_hostname=host) as tls:
            tls.sendall(b"HEAD / HTTP/1.1\r\nHost: " + host.encode("idna") + b"\r\nConnection: close\r\n\r\n")
            return tls.recv(4096).decode(errors="replace").splitlines()[0]


if __name__ == "__main__":
    print(fetch_banner(sys.argv[1]))
