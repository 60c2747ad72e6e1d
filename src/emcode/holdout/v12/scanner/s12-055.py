import argparse
import re
import shlex
import subprocess

NAME_RE = re.compile(r"[\w.-]{1,64}")


def backup(directory, name):
    if not NAME_RE.fullmatch(name):
        raise SystemExit("archive name may only contain letters, digits, dot, dash, underscore")
    pipeline = "tar -cf - {src} | gzip -9 > {dst}".format(
        src=shlex.quote(directory), dst=shlex.quote(f"/backups/{name}.tar.gz"))
    subprocess.run(["/bin/sh", "-c", pipeline], check=True)


def main():
    parser = argparse.ArgumentParser(description="Compress a directory into /backups")
    parser.add_argument("directory")
    parser.add_argument("--name", required=True)
    opts = parser.parse_args()
    backup(opts.directory, opts.name)
    print("backup written")


if __name__ == "__main__":
    main()
