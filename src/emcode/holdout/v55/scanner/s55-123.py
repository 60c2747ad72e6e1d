import os
import sys

import paramiko


def pull_sd_dump(host, remote_dir, local_dir):
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(host, username="trapsync", key_filename=os.path.expanduser("~/.ssh/trapsync_ed25519"))
    sftp = client.open_sftp()
    try:
        for name in sftp.listdir(remote_dir):
            base = os.path.basename(name)
            if base.lower().endswith(".jpg"):
                sftp.get(f"{remote_dir}/{base}", os.path.join(local_dir, base))
    finally:
        sftp.close()
        client.close()


if __name__ == "__main__":
    pull_sd_dump(sys.argv[1], sys.argv[2], sys.argv[3])
