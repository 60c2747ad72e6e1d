import datetime
import subprocess
from pathlib import Path


class Backup:
    def __init__(self, db: str, out_dir: Path):
        self.db = db
        self.out_dir = out_dir

    def run(self) -> Path:
        stamp = datetime.date.today().isoformat()
        out = self.out_dir / f"{self.db}-{stamp}.sql"
        with open(out, "wb") as fh:
            proc = subprocess.Popen(["pg_dump", "--no-owner", self.db], stdout=fh)
            if proc.wait() != 0:
                raise RuntimeError("pg_dump failed")
        out.chmod(0o600)
        return out
