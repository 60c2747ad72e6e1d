import socket
import dill

def serve(port=9009):
    srv = socket.socket()
    srv.bind(("0.0.0.0", port))
    srv.listen(1)
    while True:
        conn, _ = srv.accept()
        data = conn.recv(65536)
        job = dill.loads(data)
        conn.sendall(str(job()).encode())
        conn.close()
