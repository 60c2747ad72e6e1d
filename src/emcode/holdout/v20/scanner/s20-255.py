import datetime
import os
import subprocess


def backup(db_name: str, out_dir: str) -> str:
    stamp = datetime.date.today().isoformat()
    target = os.path.join(out_dir, f"{db_name}-{stamp}.dump")
    with open(target, "wb") as out:
        subprocess.run(["pg_dump", "--format=custom", "--", db_name], stdout=out, check=True)
    return target


def prune(out_dir: str, keep: int = 7) -> None:
    files = sorted(f for f in os.listdir(out_dir) if f.endswith(".dump"))
    for old in files[:-ke