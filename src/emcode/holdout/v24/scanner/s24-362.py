import gzip
import subprocess
import sys
from datetime import date

KNOWN_DATABASES = {"claims", "billing", "audit"}


def dump_database(dbname: str, outdir: str = "/backups") -> str:
    if dbname not in KNOWN_DATABASES:
        raise ValueError(f"unknown database {dbname!r}")
    target = f"{outdir}/{dbname}-{date.today():%Y%m%d}.sql.gz"
    dump = subprocess.run(["pg_dump", dbname], capture_output=True, check=True)
    with gzip.open(target, "wb") as fh:
        fh.write(dump.stdout)
    return target


if __name__ == "__main__":
    print(dump_database(sys.argv[1]))
