import os


class TicketSpool:
    """Writes validated ticket scans to a spool directory for the nightly batch."""

    def __init__(self, root, file_mode=0o640):
        self.root = root
        self.file_mode = file_mode
        os.makedirs(root, mode=0o750, exist_ok=True)

    def write(self, ticket_id: int, payload: bytes) -> str:
        path = os.path.join(self.root, f"{int(ticket_id)}.bin")
        fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_EXCL, self.file_mode)
        try:
            os.write(fd, payload)
        finally:
            os.close(fd)
        return path
