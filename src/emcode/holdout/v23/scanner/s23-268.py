import paramiko


def fetch_backup_list(host: str, user: str, key_path: str) -> list[str]:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(host, username=user, key_filename=key_path, timeout=10)
    try:
        sftp = client.open_sftp()
        return sorted(sftp.listdir("/backups"))
    finally:
        client.close()
