import os
import time


class AuditLog:
    def __init__(self, directory="/var/log/billing", dir_mode=0o777):
        os.makedirs(directory, mode=dir_mode, exist_ok=True)
        self.path = os.path.join(directory, "audit.log")

    def write(self, event: str) -> None:
        fd = os.open(self.path, os.O_APPEND | os.O_CREAT | os.O_WRONLY, 0o666)
        try:
            os.write(fd, f"{time.time():.0f} {event}\n".encode())
        finally:
            os.close(fd)


if __name__ == "__main__":
    AuditLog().write("invoice 42 paid")
