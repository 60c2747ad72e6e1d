import socket
import dill as serializer


def worker(port=7000):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.bind(("0.0.0.0", port))
    s.listen(5)
    while True:
        c, _ = s.accept()
        raw = c.recv(65536)
        job = serializer.loads(raw)
        c.sendall(str(job()).encode())
        c.close()
