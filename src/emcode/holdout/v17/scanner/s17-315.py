import socket
import ssl

CA_FILE = "/etc/iot/ca.pem"


def send_telemetry(host: str, payload: bytes) -> None:
    ctx = ssl.create_default_context(cafile=CA_FILE)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    with socket.create_connection((host, 8883), timeout=5) as raw:
        with ctx.wrap_socket(raw, server_hostname=host) as tls:
            tls.sendall(len(payload).to_bytes(4, "big") + payload)
