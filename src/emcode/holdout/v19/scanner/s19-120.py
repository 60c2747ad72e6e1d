import socket
import ssl
import json


def send_telemetry(host, port, reading, cafile=None):
    ctx = ssl.create_default_context(cafile=cafile)
    with socket.create_connection((host, port), timeout=5) as raw:
        with ctx.wrap_socket(raw, server_hostname=host) as tls:
            tls.sendall(json.dumps(reading).encode() + b"\n")
            return tls.recv(64)
