import ipaddress

TERMINAL_NETS = [ipaddress.ip_network("10.40.0.0/16"), ipaddress.ip_network("192.168.50.0/24")]


def from_terminal(addr):
    try:
        ip = ipaddress.ip_address(addr)
    except ValueError:
        return False
    return any(ip in net for net in TERMINAL_NETS)
