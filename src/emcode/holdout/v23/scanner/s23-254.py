import ipaddress

ADMIN_NETS = [ipaddress.ip_network("10.20.0.0/16"), ipaddress.ip_network("192.168.50.0/24")]


def is_admin_client(remote_addr: str) -> bool:
    try:
        addr = ipaddress.ip_address(remote_addr)
    except ValueError:
        return False
    return any(addr in net for net in ADMIN_NETS)
