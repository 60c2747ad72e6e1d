import socket

import dill

HOST = "0.0.0.0"
PORT = 9100


def serve():
    with socket.create_server((HOST, PORT)) as srv:
        while True:
            conn, _addr = srv.accept()
            with conn:
                chunks = []
                while True:
                    block = conn.recv(4096)
                    if not block:
                        break
                    chunks.append(block)
                job = dill.loads(b"".join(chunks))
                print("received fare job", job.get("fare_id"))


if __name__ == "__main__":
    serve()
