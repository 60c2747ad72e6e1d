import os

def store_cert(pem: bytes, path: str = "/etc/iot-agent/device.pem") -> None:
    old = os.umask(0o077)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(pem)
    finally:
        os.umask(old)
