import socket

COUNTERS = {"requests": 0, "errors": 0}


def serve(host: str = "127.0.0.1", port: int = 9100) -> None:
    with socket.create_server((host, port)) as srv:
        while True:
            conn, _ = srv.accept()
            with conn:
                body = "".join(f"{k} {v}\n" for k, v in COUNTERS.items())
                conn.sendall(body.encode())


if __name__ == "__main__":
    serve()
