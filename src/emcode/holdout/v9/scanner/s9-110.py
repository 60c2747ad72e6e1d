import datetime
import re
import subprocess

NAME = re.compile(r"[A-Za-z0-9_]{1,64}")


def backup() -> None:
    db = input("Database to back up: ").strip()
    if not NAME.fullmatch(db):
        raise SystemExit("invalid database name")
    target = f"/backups/{db}-{datetime.date.today().isoformat()}.sql.gz"
    with open(target, "wb") as out:
        dump = subprocess.Popen(["mysqldump", "--single-transaction", db], stdout=subprocess.PIPE)
        gz = subprocess.run(["gzip"], stdin=dump.stdout, stdout=out, check=True)
        dump.stdout.close()
        dump.wait()
    print("done" if gz.returncode == 0 else "failed")


if __name__ == "__main__":
    backup()
