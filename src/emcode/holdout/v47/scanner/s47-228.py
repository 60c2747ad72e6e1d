import os


class HarvestLogWriter:
    def __init__(self, path, mode=0o666):
        self._fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, mode)

    def write(self, line: str):
        os.write(self._fd, (line.rstrip("\n") + "\n").encode())

    def close(self):
        os.close(self._fd)
