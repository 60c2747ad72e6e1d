import socket
import pickle as pk

HOST, PORT = "0.0.0.0", 9400


def handle(conn):
    chunks = []
    while True:
        data = conn.recv(4096)
        if not data:
            break
        chunks.append(data)
    reading = pk.loads(b"".join(chunks))
    print("turbine", reading["turbine_id"], "rpm", reading["rpm"])


def main():
    with socket.socket() as srv:
        srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        srv.bind((HOST, PORT))
        srv.listen()
        while True:
            conn, _ = srv.accept()
            with conn:
                handle(conn)


if __name__ == "__main__":
    main()
