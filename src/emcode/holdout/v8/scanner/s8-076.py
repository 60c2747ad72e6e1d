import socket
import ssl


def open_telemetry_channel(host: str, port: int = 8883) -> ssl.SSLSocket:
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    raw = socket.create_connection((host, port), timeout=10)
    return ctx.wrap_socket(raw, server_hostname=host)
