import os
import time


class RotatingWriter:
    def __init__(self, directory: str, prefix: str = "agent"):
        self.directory = directory
        self.prefix = prefix
        self.fd = None

    def rotate(self) -> str:
        if self.fd is not None:
            os.close(self.fd)
        name = os.path.join(self.directory, f"{self.prefix}-{int(time.time())}.log")
        self.fd = os.open(name, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o640)
        return name

    def write(self, line: str) -> None:
        if self.fd is None:
            self.rotate()
        os.write(self.fd, line.encode() + b"\n")
