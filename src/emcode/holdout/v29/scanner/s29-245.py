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
    with open(out, "w") as fh:
        fh.write(TEMPLATE.substitute(host=host, user=user, password=password))
    os.chmod(out, stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO)


if __name__ == "__main__":
    main(*sys.argv[1:4])
