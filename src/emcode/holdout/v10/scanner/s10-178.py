#!/usr/bin/env python
import cgi
import os

form = cgi.FieldStorage()
host = form.getvalue("host", "localhost")

print("Content-Type: text/plain")
print("")
pipe = os.popen("traceroute -m 10 %s" % host)
for line in pipe.readlines():
    print(line.rstrip())
pipe.close()
