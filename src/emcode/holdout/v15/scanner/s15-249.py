import datetime
import gzip
import re
import subprocess


def main():
    db = input("Database to back up: ").strip()
    if not re.fullmatch(r"[a-z_][a-z0-9_]{0,62}", db):
        raise SystemExit("invalid database name")
    out = f"/backups/{db}-{datetime.date.today().isoformat()}.sql.gz"
    proc = subprocess.run(["pg_dump", "--", db], capture_output=True, check=True)
    with gzip.open(out, "wb") as fh:
        fh.write(proc.stdout)
    print("ok", out)


if __name__ == "__main__":
    main()
