import pickle
import socket
import threading

PLAYERS = {}


def client_thread(conn, addr):
    with conn:
        while True:
            data = conn.recv(65536)
            if not data:
                break
            move = pickle.loads(data)
            PLAYERS[addr] = move
            conn.sendall(pickle.dumps({"ok": True, "players": len(PLAYERS)}))


def serve(port=9000):
    srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    srv.bind(("", port))
    srv.listen()
    while True:
        conn, addr = srv.accept()
        threading.Thread(target=client_thread, args=(conn, addr), daemon=True).start()


if __name__ == "__main__":
    serve()
