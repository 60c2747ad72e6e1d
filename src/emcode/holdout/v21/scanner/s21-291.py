import socket


def resolve(hostname):
    try:
        socket.getaddrinfo(hostname, None)
    except socket.gaierror:
        return False
    return True
