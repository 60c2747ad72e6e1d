import paramiko


def gateway_uptime(host, key_file):
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    client.connect(host, username="ops", key_filename=key_file)
    _, out, _ = client.exec_command("uptime")
    return out.read().decode()
