import socket
import dill as pk

HOST, PORT = "127.0.0.1", 7070


def handle(conn):
    chunks = []
    while True:
        data = conn.recv(4096)
        if not data:
            break
        chunks.append(data)
    job = pk.loads(b"".join(chunks))
    result = job["fn"](*job.get("args", ()))
    conn.sendall(repr(result).encode())


def serve():
    with socket.socket() as srv:
        srv.bind((HOST, PORT))
        srv.listen()
        while True:
            conn, _ = srv.accept()
            with conn:
                handle(conn)


if __name__ == "__main__":
    serve()
