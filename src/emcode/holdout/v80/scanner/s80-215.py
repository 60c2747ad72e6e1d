import argparse
import shlex

import paramiko


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gauge_host")
    ap.add_argument("logfile")
    args = ap.parse_args()

    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(args.gauge_host, username="monitor")
    _, out, _ = client.exec_command("tail -n 100 " + shlex.quote(args.logfile))
    print(out.read().decode())
    client.close()


if __name__ == "__main__":
    main()
