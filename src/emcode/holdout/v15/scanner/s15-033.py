import json
import socket

HOST, PORT = "127.0.0.1", 7070

TASKS = {
    "add": lambda a, b: a + b,
    "upper": lambda s: str(s).upper(),
}


def handle(conn):
    chunks = []
    while True:
        data = conn.recv(4096)
        if not data:
            break
        chunks.append(data)
    job = json.loads(b"".join(chunks).decode("utf-8"))
    fn = TASKS.get(job.get("task"))
    if fn is None:
        conn.sendall(b"unknown task")
        return
    conn.sendall(json.dumps(fn(*job.get("args", []))).encode())


def serve():
    with socket.socket() as srv:
        srv.bind((HOST, PORT))
        srv.listen()
        while True:
            conn, _ = srv.accept()
            with conn:
                handle(conn)
