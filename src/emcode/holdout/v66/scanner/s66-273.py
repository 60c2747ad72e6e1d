import os
import sys
from pathlib import Path


def spool_for(rider_id: int) -> Path:
    base = Path("/var/spool/courier")
    path = base / str(rider_id)
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    return path


if __name__ == "__main__":
    p = spool_for(int(sys.argv[1]))
    print(p, oct(os.stat(p).st_mode & 0o777))
