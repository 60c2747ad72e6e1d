import shlex
import subprocess
import sys


def dump_remote(host: str, database: str, outfile: str) -> None:
    remote_cmd = "pg_dump --format=custom " + shlex.quote(database)
    with open(outfile, "wb") as out:
        subprocess.run(["ssh", "--", host, remote_cmd], stdout=out, check=True)


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit("usage: backup.py HOST DATABASE OUTFILE")
    dump_remote(sys.argv[1], sys.argv[2], sys.argv[3])
