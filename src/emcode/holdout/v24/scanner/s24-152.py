import json
import socket
import struct

MAX_MSG = 64 * 1024


def _recv_exact(conn: socket.socket, n: int) -> bytes:
    buf = b""
    while len(buf) < n:
        chunk = conn.recv(n - len(buf))
        if not chunk:
            raise ConnectionError("peer closed")
        buf += chunk
    return buf


def serve(port: int = 5050, host: str = "127.0.0.1") -> None:
    with socket.create_server((host, port)) as srv:
        while True:
            conn, addr = srv.accept()
            with conn:
                conn.settimeout(10)
                (length,) = struct.unpack("!I", _recv_exact(conn, 4))
                if length > MAX_MSG:
                    continue
                reading = json.loads(_recv_exact(conn, length))
                print(addr, reading.get("inverter"), reading.get("kw"))
