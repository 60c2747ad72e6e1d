import socket
import subprocess

COMMANDS = {
    "uptime": ["uptime"],
    "disk": ["df", "-h"],
    "mem": ["free", "-m"],
}


def serve(port: int = 9100) -> None:
    with socket.create_server(("127.0.0.1", port)) as srv:
        while True:
            conn, _ = srv.accept()
            with conn:
                name = conn.recv(64).decode("ascii", "ignore").strip()
                argv = COMMANDS.get(name)
                if argv is None:
                    conn.sendall(b"unknown command\n")
                    continue
                out = subprocess.run(argv, capture_output=True, timeout=10).stdout
                conn.sendall(out)


if __name__ == "__main__":
    serve()
