import socket
from pickle import loads as restore

HOST, PORT = "0.0.0.0", 9020


def serve():
    with socket.create_server((HOST, PORT)) as srv:
        while True:
            conn, addr = srv.accept()
            with conn:
                payload = b""
                while chunk := conn.recv(4096):
                    payload += chunk
                report = restore(payload)
                print("outage report from", addr[0], "feeder", report.get("feeder"))


if __name__ == "__main__":
    serve()
