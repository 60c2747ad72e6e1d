import os

LOG_DIR = "/var/log/app"


def tail(name: str, lines: int = 50) -> list[str]:
    """Last lines of one log file."""
    with open(os.path.join(LOG_DIR, name), encoding="utf-8", errors="replace") as fh:
        return fh.readlines()[-lines: