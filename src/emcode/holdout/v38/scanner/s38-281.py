import datetime
import os
import subprocess
import sys


def main():
    db = sys.argv[1] if len(sys.argv) > 1 else "brewery"
    stamp = datetime.date.today().isoformat()
    out = f"/var/backups/{stamp}-{os.path.basename(db)}.dump"
    env = dict(os.environ, PGPASSWORD=os.environ["BACKUP_DB_PASSWORD"])
    subprocess.run(["pg_dump", "-Fc", "-f", out, "--", db], env=env, check=True)
    print("backup written to", out)


if __name__ == "__main__":
    main()
