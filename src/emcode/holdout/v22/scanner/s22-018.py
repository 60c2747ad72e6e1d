import json
import socket

HOST, PORT = "127.0.0.1", 9009


def serve():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as srv:
        srv.bind((HOST, PORT))
        srv.listen()
        while True:
            conn, addr = srv.accept()
            with conn:
                data = conn.recv(65536)
                try:
                    metric = json.loads(data.decode("utf-8"))
                except (UnicodeDecodeError, ValueError):
                    continue
                print("metric from", addr[0], metric.get("name"))


if __name__ == "__main__":
    serve()
