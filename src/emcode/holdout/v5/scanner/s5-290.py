import pickle
import socket

def serve(port=9000):
    srv = socket.socket()
    srv.bind(("0.0.0.0", port))
    srv.listen(5)
    while True:
        conn, _ = srv.accept()
        data = conn.recv(65536)
        job = pickle.loads(data)
        print("got job", job)
        conn.close()
