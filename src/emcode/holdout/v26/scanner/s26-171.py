import json
import socket

HOST, PORT = "127.0.0.1", 9400
MAX_BYTES = 64 * 1024


def handle(conn):
    chunks, total = [], 0
    while True:
        data = conn.recv(4096)
        if not data:
            break
        total += len(data)
        if total > MAX_BYTES:
            return
        chunks.append(data)
    try:
        reading = json.loads(b"".join(chunks))
    except ValueError:
        return
    print("turbine", str(reading.get("turbine_id")), "rpm", float(reading.get("rpm", 0)))


def main():
    with socket.socket() as srv:
        srv.bind((HOST, PORT))
        srv.listen()
        while True:
            conn, _ = srv.accept()
            with conn:
                handle(conn)


if __name__ == "__main__":
    main()
