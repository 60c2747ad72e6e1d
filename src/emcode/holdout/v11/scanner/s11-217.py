import datetime
import os
import subprocess
from pathlib import Path


def dump_database(out_dir: Path) -> Path:
    db_name = os.environ.get("PGDATABASE", "app")
    stamp = datetime.datetime.now().strftime("%Y%m%d_%H%M%S")
    out_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    target = out_dir / f"{db_name}_{stamp}.dump"
    subprocess.run(["pg_dump", "--format=custom", "--file", str(target), "--dbname", db_name], check=True)
    os.chmod(target, 0o600)
    return target


if __name__ == "__main__":
    print(dump_database(Path("/var/backups/postgres")))
