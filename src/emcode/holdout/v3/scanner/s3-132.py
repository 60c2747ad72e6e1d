import socket
import cPickle as pickle

HOST, PORT = "0.0.0.0", 9999


def serve():
    srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    srv.bind((HOST, PORT))
    srv.listen(5)
    while True:
        conn, addr = srv.accept()
        data = b""
        while True:
            chunk = conn.recv(4096)
            if not chunk:
                break
            data += chunk
        job = pickle.loads(data)
        print("job from", addr, job)
        result = handle(j