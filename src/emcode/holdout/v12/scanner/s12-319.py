import sys
import paramiko


def deploy(host, release):
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(host, username="deploy", allow_agent=True, timeout=15)
    try:
        if release not in ("blue", "green"):
            raise ValueError("release must be blue or green")
        _stdin, stdout, _stderr = client.exec_command("sudo systemctl restart app@" + release, timeout=60)
        return stdout.channel.recv_exit_status()
    finally:
        client.close()


if __name__ == "__main__":
    sys.exit(deploy(sys.argv[1], "blue"))
