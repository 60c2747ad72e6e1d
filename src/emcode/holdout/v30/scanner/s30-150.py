import shlex
import subprocess
import sys

BASE = shlex.split("pg_dump --format=custom --no-owner")


def backup(day: int) -> None:
    if not 1 <= day <= 31:
        raise SystemExit("day must be 1-31")
    out = f"/backups/clinic-{day:02d}.dump"
    subprocess.run(BASE + ["--file", out, "clinic"], check=True)


if __name__ == "__main__":
    backup(int(sys.argv[1]))
