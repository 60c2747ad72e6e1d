import json
import socket
import struct


def recv_exact(sock, n):
    buf = b""
    while len(buf) < n:
        chunk = sock.recv(n - len(buf))
        if not chunk:
            raise ConnectionError("peer closed")
        buf += chunk
    return buf


def serve(port=9100, max_frame=64 * 1024):
    srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    srv.bind(("127.0.0.1", port))
    srv.listen(5)
    while True:
        conn, addr = srv.accept()
        with conn:
            (length,) = struct.unpack("!I", recv_exact(conn, 4))
            if length > max_frame:
                continue
            reading = json.loads(recv_exact(conn, length).decode("utf-8"))
            print("sensor", addr[0], "->", reading.get("temp"))


if __name__ == "__main__":
    serve()
