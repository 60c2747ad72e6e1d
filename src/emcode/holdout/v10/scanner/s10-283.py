import socket
import yaml


def serve(port=9500):
    srv = socket.socket()
    srv.bind(("0.0.0.0", port))
    srv.listen(1)
    while True:
        conn, addr = srv.accept()
        data = b""
        while chunk := conn.recv(4096):
            data += chunk
        profile = yaml.unsafe_load(data)
        print(addr, "profile", profile.get("model"))
        conn.close()
