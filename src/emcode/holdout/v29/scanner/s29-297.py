#!/usr/bin/env python3
"""Generate the hub's MQTT bridge config from a template."""
import os
import stat
import sys
from string import Template

TEMPLATE = Template("""
connection cloud
address $host:8883
remote_username $user
remote_password $password
""")


def main(host, user, password, out="/etc/mosquitto/conf.d/bridge.conf"):
    fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, stat.S_IRUSR | stat.S_IWUSR)
    with os.fdopen(fd, "w") as fh:
        fh.write(TEMPLATE.substitute(host=host, user=user, password=password))
    os.chmod(out, stat.S_IRUSR | stat.S_IWUSR)


if __name__ == "__main__":
    main(*sys.argv[1:4])
