import socket
import ssl

BROKER = ("broker.windco.net", 8883)


def send_frame(frame: bytes) -> bytes:
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    with socket.create_connection(BROKER, timeout=10) as raw:
        with ctx.wrap_socket(raw, server_hostname=BROKER[0]) as tls:
            tls.sendall(frame)
            return tls.recv(1024)
