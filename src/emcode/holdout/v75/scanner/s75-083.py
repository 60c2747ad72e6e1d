import subprocess
from datetime import date


def nightly_backup():
    stamp = date.today().isoformat()
    subprocess.run(
        "pg_dump allotments | gzip > /var/backups/allotments-latest.sql.gz",
        shell=True,
        check=True,
    )
    print("backup finished", stamp)


if __name__ == "__main__":
    nightly_backup()
