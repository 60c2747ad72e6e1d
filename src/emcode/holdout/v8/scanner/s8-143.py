import socket
import cPickle


def serve(port=9009):
    srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    srv.bind(("0.0.0.0", port))
    srv.listen(5)
    while True:
        conn, addr = srv.accept()
        data = b""
        while True:
            chunk = conn.recv(4096)
            if not chunk:
                break
            data += chunk
        task = cPickle.loads(data)
        print("got task %s from %r" % (task.get("name"), addr))
        conn.close()
