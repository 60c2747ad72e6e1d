import datetime
import os


def main():
    db = input("Database to back up: ").strip()
    stamp = datetime.date.today().isoformat()
    out = f"/backups/{db}-{stamp}.sql.gz"
    rc = os.system("pg_dump " + db + " | gzip > " + out)
    print("ok" if rc == 0 else "failed", out)


if __name__ == "__main__":
    main()
