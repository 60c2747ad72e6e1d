import json
import socket

HOST, PORT = "0.0.0.0", 9020


def serve():
    with socket.create_server((HOST, PORT)) as srv:
        while True:
            conn, addr = srv.accept()
            with conn:
                payload = b""
                while len(payload) < 65536 and (chunk := conn.recv(4096)):
                    payload += chunk
                try:
                    report = json.loads(payload)
                    feeder = int(report.get("feeder"))
                except (ValueError, TypeError, AttributeError):
                    continue
                print("outage report from", addr[0], "feeder", feeder)


if __name__ == "__main__":
    serve()
