import ipaddress
import re
import subprocess

from flask import Flask, request, render_template_string

app = Flask(__name__)
HOSTNAME = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*")
PAGE = '<form method="post"><input name="host"><button>Ping</button></form><pre>{{ output }}</pre>'


def valid_host(value: str) -> bool:
    try:
        ipaddress.ip_address(value)
        return True
    except ValueError:
        return bool(HOSTNAME.fullmatch(value))


@app.route("/tools/ping", methods=["GET", "POST"])
def ping():
    output = ""
    if request.method == "POST":
        host = request.form.get("host", "")
        if not valid_host(host):
            output = "invalid host"
        else:
            done = subprocess.run(["ping", "-c", "3", "--", host], capture_output=True, text=True, timeout=15)
            output = done.stdout
    return render_template_string(PAGE, output=output)
