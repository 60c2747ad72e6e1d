import paramiko

def remote_tail(host, logname):
    cli = paramiko.SSHClient()
    cli.load_system_host_keys()
    cli.connect(host, username="ops")
    _, out, _ = cli.exec_command("tail -n 50 /var/log/" + logname)
    return out.read().decode()
