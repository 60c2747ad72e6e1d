import json
import socket
import struct
import threading

PLAYERS = {}
MAX_MSG = 16 * 1024


def recv_exact(conn, n):
    buf = b""
    while len(buf) < n:
        chunk = conn.recv(n - len(buf))
        if not chunk:
            raise ConnectionError("closed")
        buf += chunk
    return buf


def client_thread(conn, addr):
    with conn:
        try:
            while True:
                (size,) = struct.unpack("!I", recv_exact(conn, 4))
                if size > MAX_MSG:
                    break
                move = json.loads(recv_exact(conn, size))
                PLAYERS[addr] = {"x": int(move["x"]), "y": int(move["y"])}
                reply = json.dumps({"ok": True, "players": len(PLAYERS)}).encode()
                conn.sendall(struct.pack("!I", len(reply)) + reply)
        except (ConnectionError, ValueError, KeyError, TypeError):
            pass


def serve(port=9000):
    srv = socket.create_server(("127.0.0.1", port))
    while True:
        conn, addr = srv.accept()
        threading.Thread(target=client_thread, args=(conn, addr), daemon=True).start()
