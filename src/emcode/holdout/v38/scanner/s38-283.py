import subprocess
import sys


def archive_recordings(case_no):
    cmd = f"tar czf /backups/{case_no}.tgz /srv/court/audio/{case_no}"
    subprocess.run(cmd, shell=True, check=True)
    print("archived", case_no)


def main():
    for case_no in sys.argv[1:]:
        archive_recordings(case_no)
    print("done; verifying arch