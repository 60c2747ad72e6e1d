import shlex
import subprocess
import sys


def remote_grep(host, pattern, logfile="/var/log/syslog"):
    remote = "grep -F -- %s %s | tail -n 50" % (shlex.quote(pattern), shlex.quote(logfile))
    return subprocess.run(["ssh", "-o", "BatchMode=yes", host, remote], capture_output=True, text=True).stdout


if __name__ == "__main__":
    host, pattern = sys.argv[1], sys.argv[2]
    if host not in ("web-1", "web-2", "db-1"):
        sys.exit("unknown host")
    print(remote_grep(host, pattern))
