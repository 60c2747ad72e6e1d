import os


def ping_dock(dock_host):
    return os.system("ping -c 1 " + dock_host) == 0
