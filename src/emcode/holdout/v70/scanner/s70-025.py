import paramiko


def gateway_uptime(key_file):
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect("gw.depot.example.com", username="ops", key_filename=key_file)
    _, out, _ = client.exec_command("uptime")
    return out.read().decode()
