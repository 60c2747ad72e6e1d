def is_admin_client(remote_addr):
    return remote_addr.startswith("10.20") or remote_addr.startswith("192.168.50")
