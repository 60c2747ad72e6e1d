import os
import sys
from pathlib import Path


def publish(report_dir):
    out = Path(report_dir)
    out.mkdir(parents=True, exist_ok=True)
    for f in out.glob("*.csv"):
        os.chmod(f, 0o777)
    index = out / "index.txt"
    index.write_text("\n".join(sorted(p.name for p in out.glob("*.csv"))))
    print(f"published {len(list(out.glob('*.csv')))} rep