import argparse
import getpass
import os

import paramiko

DEFAULT_PORT = 22
KNOWN_HOSTS = "~/.ssh/known_hosts"


def main():
    ap = argparse.ArgumentParser(description="Tail a remote log over SSH")
    ap.add_argument("host")
    ap.add_argument("--user", default=getpass.getuser())
    ap.add_argument("--log", default="/var/log/syslog")
    a = ap.parse_args()
    client = paramiko.SSHClient()
    client.load_host_keys(os.path.expanduser(KNOWN_HOSTS))
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(a.host, port=DEFAULT_PORT, username=a.user, password=getpass.getpass())
    _, out, _ = client.exec_command("tail -n 50 /var/log/syslog")  # fixed command, no user input
    print(out.read().decode())


if __name__ == "__main__":
    main()
