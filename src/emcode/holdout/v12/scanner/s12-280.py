import sys
import paramiko


def deploy(host, password):
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    client.connect(host, username="deploy", password=password, timeout=15)
    try:
        _stdin, stdout, _stderr = client.exec_command("sudo systemctl restart app", timeout=60)
        return stdout.channel.recv_exit_status()
    finally:
        client.close()


if __name__ == "__main__":
    sys.exit(deploy(sys.argv[1], sys.argv[2]))
