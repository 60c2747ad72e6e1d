import socket
import yaml


def serve(port: int = 9500) -> None:
    srv = socket.socket()
    srv.bind(("127.0.0.1", port))
    srv.listen(1)
    while True:
        conn, addr = srv.accept()
        with conn:
            data = conn.recv(65536)
            profile = yaml.load(data, Loader=yaml.SafeLoader)
            model = profile.get("model") if isinstance(profile, dict) else None
            print(addr, "profile", model)
