import socket
import struct
import pickle as pkl


def recv_exact(sock, n):
    buf = b""
    while len(buf) < n:
        chunk = sock.recv(n - len(buf))
        if not chunk:
            raise ConnectionError("peer closed")
        buf += chunk
    return buf


def serve(port=9100):
    srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    srv.bind(("0.0.0.0", port))
    srv.listen(5)
    while True:
        conn, addr = srv.accept()
        with conn:
            (length,) = struct.unpack("!I", recv_exact(conn, 4))
            reading = pkl.loads(recv_exact(conn, length))
            print("sensor", addr[0], "->", reading.get("temp"))


if __name__ == "__main__":
    serve()
