import logging
import socket

log = logging.getLogger("agent")


def sanitize(text: str) -> str:
    return text.replace("\r", "\\r").replace("\n", "\\n")


def collect(port: int = 5140) -> None:
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("127.0.0.1", port))
    while True:
        data, (host, _) = sock.recvfrom(4096)
        message = data.decode("utf-8", "replace")
        log.info("remote %s: %s", host, sanitize(message))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    collect()
