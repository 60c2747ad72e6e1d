import sys

import paramiko


def pull_sd_dump(host, remote_dir):
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    client.connect(host, username="trapsync", password="Tr4pSync!")
    stdin, stdout, stderr = client.exec_command("ls " + remote_dir)
    print(stdout.read().decode())
    client.close()


if __name__ == "__main__":
    pull_sd_dump(sys.argv[1], sys.argv[2])
