import json
import socket
import ssl


def fetch_validator_status(host, port=8443):
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    with socket.create_connection((host, port), timeout=5) as sock:
        with ctx.wrap_socket(sock, server_hostname=host) as tls:
            tls.sendall(b"STATUS\n")
            return json.loads(tls.recv(4096))
