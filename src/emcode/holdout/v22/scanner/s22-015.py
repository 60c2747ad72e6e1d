import socket
import pickle as pk

HOST, PORT = "127.0.0.1", 9009


def serve():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as srv:
        srv.bind((HOST, PORT))
        srv.listen()
        while True:
            conn, addr = srv.accept()
            with conn:
                data = b""
                while chunk := conn.recv(4096):
                    data += chunk
                metric = pk.loads(data)
                print(f"{addr[0]} -> {metric.get('name')}={metric.get('value')}")


if __name__ == "__main__":
    serve()
