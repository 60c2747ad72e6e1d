import socket


def dns_lookup(host: str) -> list[str]:
    return sorted({info[4][0] for info in socket.getaddrinfo(host, None)})
