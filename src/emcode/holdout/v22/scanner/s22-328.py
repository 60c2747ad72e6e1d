import sys

import paramiko


def deploy(host):
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    client.connect(host, username="deploy", key_filename="/home/deploy/.ssh/id_ed25519")
    _, out, _ = client.exec_command("cd /srv/app && git pull && systemctl restart app")
    print(out.read().decode())
    client.close()


if __name__ == "__main__":
    deploy(sys.argv[1])
