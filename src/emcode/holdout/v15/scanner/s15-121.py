import ipaddress
import re
import subprocess

from flask import Flask, request, render_template_string
from flask_wtf.csrf import CSRFProtect
import os

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["FLASK_SECRET_KEY"]
CSRFProtect(app)

HOSTNAME = re.compile(r"^(?=.{1,253}$)([a-zA-Z0-9-]{1,63}\.)*[a-zA-Z0-9-]{1,63}$")
FORM = """
<form method="post"><input type="hidden" name="csrf_token" value="{{ csrf_token() }}">
<input name="host"><button>Ping</button></form>
<pre>{{ output }}</pre>
"""


def valid_host(h):
    try:
        ipaddress.ip_address(h)
        return True
    except ValueError:
        return bool(HOSTNAME.match(h)) and not h.startswith("-")


@app.route("/tools/ping", methods=["GET", "POST"])
def ping():
    output = ""
    if request.method == "POST":
        host = request.form["host"].strip()
        if not valid_host(host):
            output = "invalid host"
        else:
            proc = subprocess.run(["ping", "-c", "3", "--", host], capture_output=True, text=True, timeout=15)
            output = proc.stdout
    return render_template_string(FORM, output=output)
