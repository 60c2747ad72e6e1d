import datetime
import os
import subprocess


def backup(dbname="genealogy", outdir="/var/backups/pg"):
    stamp = datetime.date.today().isoformat()
    out = os.path.join(outdir, f"{dbname}-{stamp}.dump")
    env = dict(os.environ)
    subprocess.run(["pg_dump", "-Fc", "-f", out, dbname], check=True, env=env)
    return out


if __name__ == "__main__":
    print(backup())
