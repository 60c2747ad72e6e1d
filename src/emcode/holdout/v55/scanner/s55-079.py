import socket
import ssl


def send_manifest(host, payload: bytes):
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    with socket.create_connection((host, 8443)) as raw:
        with ctx.wrap_socket(raw, server_hostname=host) as s:
            s.sendall(payload)
            return s.recv(1024)


if __name__ == "__main__":
    print(send_manifest("port-authority.example.org", b"MANIFEST MV-Islay 212\n"))
