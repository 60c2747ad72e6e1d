import tarfile
from datetime import date
from pathlib import Path

SRC = Path("/var/lib/tides/raw")
OUT = Path("/var/backups/tides")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    dest = OUT / f"raw-{date.today():%Y%m%d}.tar.gz"
    with tarfile.open(dest, "w:gz") as tf:
        tf.add(SRC, arcname="raw")
    print("wrote", dest)


if __name__ == "__main__":
    main()
