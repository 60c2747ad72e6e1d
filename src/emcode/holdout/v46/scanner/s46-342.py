import json
import socket
import ssl


def fetch_overdue(host="loans.orchestra.example", port=7443):
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    with socket.create_connection((host, port)) as raw:
        with ctx.wrap_socket(raw, server_hostname=host) as s:
            s.sendall(b'{"cmd": "overdue"}\n')
            data = s.recv(65536)
    return json.loads(data)


if __name__ == "__main__":
    print(fetch_overdue())
