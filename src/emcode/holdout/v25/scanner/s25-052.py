import socket
import logging
from pickle import loads as restore

log = logging.getLogger("printer-fleet")


def serve(port=9400):
    srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    srv.bind(("127.0.0.1", port))
    srv.listen(5)
    while True:
        conn, addr = srv.accept()
        with conn:
            payload = conn.recv(65536)
            job = restore(payload)
            log.info("queued job for printer %s", job.get("printer"))
            conn.sendall(b"OK")


if __name__ == "__main__":
    serve()
