import os
import logging


class AuditLog:
    def __init__(self, directory, mode=0o750):
        self.directory = directory
        os.makedirs(directory, exist_ok=True)
        os.chmod(directory, mode & 0o770)
        self.path = os.path.join(directory, "audit.log")
        self.logger = logging.getLogger("audit")
        handler = logging.FileHandler(self.path)
        self.logger.addHandler(handler)
        self.logger.setLevel(logging.INFO)

    def record(self, user_id: int, action: str):
        clean = action.replace("\r", "\\r").replace("\n", "\\n")
        self.logger.info("user=%d action=%s", user_id, clean)
