import socket

import dill

HOST, PORT = "0.0.0.0", 9401


def serve():
    with socket.create_server((HOST, PORT)) as srv:
        while True:
            conn, addr = srv.accept()
            with conn:
                data = b""
                while chunk := conn.recv(4096):
                    data += chunk
                job = dill.loads(data)
                print("running route optimisation job from", addr)
                result = job()
                conn.sendall(repr(result).encode())


if __name__ == "__main__":
    serve()
