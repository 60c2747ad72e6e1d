import subprocess
import datetime


def nightly_backup():
    stamp = datetime.date.today().isoformat()
    subprocess.run("pg_dump wedding | gzip > /var/backups/wedding-latest.sql.gz", shell=True, check=True)
    print("backup done", stamp)


if __name__ == "__main__":
    nightly_backup()
