import subprocess
import sys
from datetime import date


def archive_logs(vessel):
    name = f"{vessel}-{date.today():%Y%m%d}.tar.gz"
    cmd = "tar czf /backups/%s /var/log/bridge/%s" % (name, vessel)
    subprocess.check_call(cmd, shell=True)
    return name


if __name__ == "__main__":
    print(archive_logs(sys.argv[1]))
