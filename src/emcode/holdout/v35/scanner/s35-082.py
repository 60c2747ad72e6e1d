import argparse
import datetime as dt
import os
import subprocess


def main():
    ap = argparse.ArgumentParser(description="Nightly shelter DB backup")
    ap.add_argument("--out-dir", default="/var/backups/shelter")
    a = ap.parse_args()
    os.makedirs(a.out_dir, mode=0o750, exist_ok=True)
    out = os.path.join(a.out_dir, f"shelter-{dt.date.today():%Y%m%d}.sql.gz")
    with open(out, "wb") as fh:
        dump = subprocess.Popen(["pg_dump", "--no-owner", "shelter"], stdout=subprocess.PIPE)
        subprocess.run(["gzip", "-9"], stdin=dump.stdout, stdout=fh, check=True)
        dump.stdout.close()
        if dump.wait() != 0:
            raise SystemExit("pg_dump failed")
    os.chmod(out, 0o640)
    print("backup written to", out)


if __name__ == "__main__":
    main()
