import socket
import ssl

BROKER = "mqtt.solarfarm.example"


def fetch_banner(port=8883):
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    with socket.create_connection((BROKER, int(port)), timeout=5) as raw:
        with ctx.wrap_socket(raw, server_hostname=BROKER) as tls:
            return tls.recv(256)
