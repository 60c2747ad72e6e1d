import re
import subprocess
import sys

TARGETS = {"staging": "deploy@staging.vetportal.internal:/srv/app/", "prod": "deploy@app.vetportal.internal:/srv/app/"}


def main():
    if len(sys.argv) != 2 or sys.argv[1] not in TARGETS:
        sys.exit(f"usage: {sys.argv[0]} {{{'|'.join(TARGETS)}}}")
    version = subprocess.check_output(["git", "describe", "--tags", "--always"], text=True).strip()
    if not re.fullmatch(r"[\w.\-]+", version):
        sys.exit("odd version string")
    print("deploying", version, "to", sys.argv[1])
    subprocess.run(["rsync", "-az", "--delete", "--exclude", ".git", "./", TARGETS[sys.argv[1]]], check=True)


if __name__ == "__main__":
    main()
