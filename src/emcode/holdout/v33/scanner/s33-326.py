import pickle as pk
import socket
import struct

HOST, PORT = "0.0.0.0", 7070


def recv_exact(conn, n):
    buf = b""
    while len(buf) < n:
        chunk = conn.recv(n - len(buf))
        if not chunk:
            raise ConnectionError("peer closed")
        buf += chunk
    return buf


def serve():
    with socket.create_server((HOST, PORT)) as srv:
        while True:
            conn, addr = srv.accept()
            with conn:
                (size,) = struct.unpack("!I", recv_exact(conn, 4))
                event = pk.loads(recv_exact(conn, size))
                print("gate event", event.get("lot"), event.get("plate"))


if __name__ == "__main__":
    serve()
