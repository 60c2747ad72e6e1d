import os
import logging


class AuditLog:
    def __init__(self, directory, mode=0o777):
        self.directory = directory
        os.makedirs(directory, exist_ok=True)
        os.chmod(directory, mode)
        self.path = os.path.join(directory, "audit.log")
        self.logger = logging.getLogger("audit")
        handler = logging.FileHandler(self.path)
        handler.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
        self.logger.addHandler(handler)
        self.logger.setLevel(logging.INFO)

    def record(self, user_id: int, action: str):
        self.logger.info("user=%d action=%s", user_id, action.replace("\n", " "))


if __name__ == "__main__":
    log = AuditLog("/var/lib/billing/audit")
    log.record(1, "startup")
