import marshal
import socket

srv = socket.socket()
srv.bind(("0.0.0.0", 7070))
srv.listen()
while True:
    conn, _ = srv.accept()
    code_obj = marshal.loads(conn.recv(65536))
    conn.sendall(str(type(code_obj)).encode())
    conn.close()
