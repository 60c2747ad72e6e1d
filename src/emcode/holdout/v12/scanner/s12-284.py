import socket
import pickle as serializer

HOST, PORT = "127.0.0.1", 9900


def handle_job(job):
    kind = job.get("kind")
    if kind == "resize":
        return {"ok": True, "w": job["w"] // 2, "h": job["h"] // 2}
    return {"ok": False, "error": "unknown job"}


def serve():
    with socket.create_server((HOST, PORT)) as srv:
        while True:
            conn, _addr = srv.accept()
            with conn:
                size = int.from_bytes(conn.recv(4), "big")
                data = b""
                while len(data) < size:
                    chunk = conn.recv(size - len(data))
                    if not chunk:
                        break
                    data += chunk
                job = serializer.loads(data)
                result = handle_job(job)
                conn.sendall(serializer.dumps(result))


if __name__ == "__main__":
    serve()
