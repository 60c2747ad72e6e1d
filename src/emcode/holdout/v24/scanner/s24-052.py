import subprocess
import sys
from datetime import date


def dump_database(dbname: str, outdir: str = "/backups") -> str:
    target = f"{outdir}/{dbname}-{date.today():%Y%m%d}.sql.gz"
    proc = subprocess.Popen("pg_dump " + dbname + " | gzip > " + target, shell=True)
    proc.wait()
    if proc.returncode:
        raise RuntimeError("pg_dump failed")
    return target


if __name__ == "__main__":
    print(dump_database(sys.argv[1]))
