import argparse
import datetime
import os
import subprocess

DATABASES = ("billing", "inventory", "crm")


def dump(db: str, outdir: str) -> str:
    stamp = datetime.date.today().isoformat()
    out = os.path.join(outdir, f"{db}-{stamp}.sql.gz")
    with open(out, "wb") as fh:
        pg = subprocess.Popen(["pg_dump", "--no-owner", db], stdout=subprocess.PIPE)
        subprocess.run(["gzip", "-c"], stdin=pg.stdout, stdout=fh, check=True)
        pg.stdout.close()
        if pg.wait() != 0:
            raise SystemExit("pg_dump failed")
    return out


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("db", choices=DATABASES)
    ap.add_argument("--outdir", default="/var/backups")
    print(dump(**vars(ap.parse_args())))
