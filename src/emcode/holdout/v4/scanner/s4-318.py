import socket
import dill

def serve(port=9009):
    srv = socket.socket()
    srv.bind(("0.0.0.0", port))
    srv.listen(1)
    conn, _ = srv.accept()
    data = b""
    while chunk := conn.recv(4096):
        data += chunk
    job = dill.loads(data)
    conn.sendall(str(job()).encode())
