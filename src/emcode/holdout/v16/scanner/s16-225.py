import socket
import ssl


def connect(host: str, port: int = 8883, cafile: str = "/etc/iot/ca.pem") -> ssl.SSLSocket:
    ctx = ssl.create_default_context(cafile=cafile)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    raw = socket.create_connection((host, port), timeout=10)
    return ctx.wrap_socket(raw, server_hostname=host)


def publish(host, topic, payload: bytes):
    with connect(host) as s:
        s.sendall(topic.encode() + b"\0" + payload)
