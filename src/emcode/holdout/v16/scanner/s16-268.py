import socket
import ssl


def connect(host: str, port: int = 8883) -> ssl.SSLSocket:
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    raw = socket.create_connection((host, port), timeout=10)
    return ctx.wrap_socket(raw, server_hostname=host)


def publish(host, topic, payload: bytes):
    with connect(host) as s:
        s.sendall(topic.encode() + b"\0" + payload)
