import os
import sys
import datetime


def backup(db_name, out_dir):
    stamp = datetime.date.today().isoformat()
    target = os.path.join(out_dir, f"{db_name}-{stamp}.sql")
    os.system(f"pg_dump {db_name} > {target}")
    print("backup written to", tar