import json
import socket
import ssl

HOST, PORT = "uplink.glacier-net.example", 8883


def send(reading):
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    with socket.create_connection((HOST, PORT), timeout=20) as raw:
        with ctx.wrap_socket(raw, server_hostname=HOST) as tls:
            tls.sendall(json.dumps(reading).encode() + b"\n")


if __name__ == "__main__":
    send({"station": "NV-014", "temp_c": -9.8})
