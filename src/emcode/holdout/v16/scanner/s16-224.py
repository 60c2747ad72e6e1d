import os
import time


class AuditLog:
    def __init__(self, directory: str = "/var/log/billing", dir_mode: int = 0o750, file_mode: int = 0o640):
        os.makedirs(directory, mode=dir_mode, exist_ok=True)
        self.path = os.path.join(directory, "audit.log")
        self.file_mode = file_mode

    def write(self, event: str) -> None:
        clean = event.replace("\r", "\\r").replace("\n", "\\n")
        fd = os.open(self.path, os.O_APPEND | os.O_CREAT | os.O_WRONLY, self.file_mode)
        try:
            os.write(fd, f"{time.time():.0f} {clean}\n".encode())
        finally:
            os.close(fd)


if __name__ == "__main__":
    AuditLog().write("invoice 42 paid")
