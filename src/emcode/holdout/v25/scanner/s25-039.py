import os
import gzip
import shutil
import datetime


def backup_ledger(src="ledger.sqlite", dest_dir="/var/backups/parish"):
    stamp = datetime.date.today().isoformat()
    dest = os.path.join(dest_dir, f"ledger-{stamp}.sqlite.gz")
    old = os.umask(0o077)
    try:
        os.makedirs(dest_dir, exist_ok=True)
        with open(src, "rb") as fin, gzip.open(dest, "wb") as fout:
            shutil.copyfileobj(fin, fout)
    finally:
        os.umask(old)
    return dest
