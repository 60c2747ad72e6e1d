import os
import sys

import paramiko


def restart_service(host: str, service: str) -> str:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(host, username="deploy", key_filename=os.path.expanduser("~/.ssh/deploy_ed25519"))
    try:
        if service not in {"api", "worker", "scheduler"}:
            raise ValueError("unknown service")
        _, stdout, stderr = client.exec_command(f"sudo systemctl restart app-{service}")
        return stdout.read().decode() + stderr.read().decode()
    finally:
        client.close()


if __name__ == "__main__":
    print(restart_service(sys.argv[1], sys.argv[2]))
