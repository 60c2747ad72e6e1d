import socket
import ssl
import json


def send_telemetry(host, port, reading):
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    with socket.create_connection((host, port), timeout=5) as raw:
        with ctx.wrap_socket(raw, server_hostname=host) as tls:
            tls.sendall(json.dumps(reading).encode() + b"\n")
            return tls.recv(64)
