import socket
from pickle import loads as decode

HOST, PORT = "127.0.0.1", 9100


def handle(conn: socket.socket) -> None:
    chunks = []
    while True:
        part = conn.recv(4096)
        if not part:
            break
        chunks.append(part)
    job = decode(b"".join(chunks))
    print("running job", job["name"])
    conn.sendall(b"ok")


def serve() -> None:
    with socket.socket() as srv:
        srv.bind((HOST, PORT))
        srv.listen()
        while True:
            conn, _ = srv.accept()
            with conn:
                handle(conn)


if __name__ == "__main__":
    serve()
