import socket
import ssl


def fetch_banner(host: str, port: int = 443) -> str:
    context = ssl.create_default_context()
    with socket.create_connection((host, port), timeout=5) as raw:
        with context.wrap_socket(raw, server_hostname=host) as tls:
            tls.sendall(b"HEAD / HTTP/1.0\r\nHost: " + host.encode("idna") + b"\r\n\r\n")
            return tls.recv(512).decode("latin-1")


if __name__ == "__main__":
    print(fetch_banner("example.com"))
