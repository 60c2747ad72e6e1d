import socket
import ssl


def fetch_banner(host: str, port: int = 993) -> str:
    ctx = ssl.create_default_context()
    with socket.create_connection((host, port), timeout=10) as raw:
        with ctx.wrap_socket(raw, server_hostname=host) as tls:
            return tls.recv(1024).decode(errors="replace")


if __name__ == "__main__":
    print(fetch_banner("imap.example.com"))
