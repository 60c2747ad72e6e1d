import json
import socket
import logging

log = logging.getLogger("printer-fleet")


def serve(port=9400):
    srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    srv.bind(("127.0.0.1", port))
    srv.listen(5)
    while True:
        conn, _addr = srv.accept()
        with conn:
            payload = conn.recv(65536)
            try:
                job = json.loads(payload.decode("utf-8"))
            except (UnicodeDecodeError, ValueError):
                conn.sendall(b"ERR")
                continue
            log.info("queued job for printer %r", str(job.get("printer", ""))[:64])
            conn.sendall(b"OK")
