import argparse

import paramiko


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gauge_host")
    args = ap.parse_args()

    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    client.connect(args.gauge_host, username="monitor", key_filename="/home/monitor/.ssh/id_ed25519")
    _, out, _ = client.exec_command("cat /var/log/gauge/latest.csv")
    print(out.read().decode())
    client.close()


if __name__ == "__main__":
    main()
