#!/usr/bin/env python
import cgi
import re
import subprocess

HOSTNAME = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$")

form = cgi.FieldStorage()
host = form.getvalue("host", "localhost")

print("Content-Type: text/plain")
print("")
if not HOSTNAME.match(host):
    print("invalid host")
else:
    out = subprocess.Popen(["traceroute", "-m", "10", host], stdout=subprocess.PIPE).communicate()[0]
    print(out)
