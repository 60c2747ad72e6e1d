import socket
import ssl
import sys


def read_gate_status(host, port=8443):
    ctx = ssl.create_default_context(cafile="/etc/ferry/gate-ca.pem")
    with socket.create_connection((host, port), timeout=5) as raw:
        with ctx.wrap_socket(raw, server_hostname=host) as s:
            s.sendall(b"STATUS\n")
            return s.recv(4096).decode()


if __name__ == "__main__":
    print(read_gate_status(sys.argv[1]))
