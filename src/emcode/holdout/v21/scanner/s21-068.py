import ssl
import socket


def fetch_banner(host, port=443):
    ctx = ssl.create_default_context()
    with socket.create_connection((host, port), timeout=5) as raw:
        with ctx.wrap_socket(raw, server_hostname=host) as s:
            s.sendall(b"HEAD / HTTP/1.0\r\n\r\n")
            return s.recv(256)
