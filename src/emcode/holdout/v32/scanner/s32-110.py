import csv
import shutil
import sys
import tempfile
from pathlib import Path


def bundle_roast_logs(log_dir, out_base):
    with tempfile.TemporaryDirectory(prefix="roastlogs-") as tmp:
        staging = Path(tmp)
        rows = []
        for log in sorted(Path(log_dir).glob("*.alog")):
            shutil.copy2(log, staging / log.name)
            rows.append([log.name, log.stat().st_size])
        with (staging / "summary.csv").open("w", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(["file", "bytes"])
            w.writerows(rows)
        return shutil.make_archive(out_base, "zip", root_dir=staging)


if __name__ == "__main__":
    print(bundle_roast_logs(sys.argv[1], sys.argv[2]))
