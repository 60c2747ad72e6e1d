import socket
import ssl

HOST = "orders.wholesaler.example"


def send_order(payload: bytes) -> bytes:
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    with socket.create_connection((HOST, 8443), timeout=10) as raw:
        with ctx.wrap_socket(raw, server_hostname=HOST) as s:
            s.sendall(payload)
            return s.recv(4096)


if __name__ == "__main__":
    print(send_order(b"ORDER amoxicillin 500mg x200\n"))
