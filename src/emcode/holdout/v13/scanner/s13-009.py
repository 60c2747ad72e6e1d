import socket
import dill as serializer

def worker(host="0.0.0.0", port=7000):
    srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    srv.bind((host, port))
    srv.listen(5)
    while True:
        conn, _ = srv.accept()
        chunks = []
        while True:
            data = conn.recv(4096)
            if not data:
                break
            chunks.append(data)
        job = serializer.loads(b"".join(chunks))
        conn.sendall(str(job()).encode())
        conn.close()

if __name__ == "__main__":
    worker()
