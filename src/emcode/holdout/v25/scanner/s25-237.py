import socket


def forward_as(user: str, host: str = "backend.internal") -> bytes:
    request = (
        "GET /internal/ping HTTP/1.1\r\n"
        f"Host: {host}\r\n"
        f"X-Request-User: {user}\r\n"
        "Connection: close\r\n\r\n"
    )
    with socket.create_connection((host, 80), timeout=5) as s:
        s.sendall(request.encode("latin-1"))
        return s.recv(4096)
