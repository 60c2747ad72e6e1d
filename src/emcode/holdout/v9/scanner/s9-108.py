import os
import datetime


def backup():
    db = input("Database to back up: ").strip()
    stamp = datetime.date.today().isoformat()
    target = f"/backups/{db}-{stamp}.sql.gz"
    status = os.system(f"mysqldump --single-transaction {db} | gzip > {target}")
    print("done" if status == 0 else "failed")


if __name__ == "__main__":
    backup()
