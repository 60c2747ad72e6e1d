import paramiko


def connect_depot_plc(host, user="maint", password="tram1234"):
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.connect(host, username=user, password=password)
    return client
