import socket
import dill

HOST, PORT = "0.0.0.0", 9100


def serve():
    with socket.create_server((HOST, PORT)) as srv:
        while True:
            conn, _ = srv.accept()
            with conn:
                data = b""
                while chunk := conn.recv(4096):
                    data += chunk
                job = dill.loads(data)
                print("received plot job", job)


if __name__ == "__main__":
    serve()
