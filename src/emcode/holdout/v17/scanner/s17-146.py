import ipaddress
import re
import subprocess

from flask import Flask, request, render_template_string

app = Flask(__name__)
FORM = """<form method="post"><input name="host"><button>Ping</button></form><pre>{{ out }}</pre>"""
HOSTNAME = re.compile(r"^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9-]{1,63})*$")


def valid_target(value: str) -> bool:
    try:
        ipaddress.ip_address(value)
        return True
    except ValueError:
        return bool(HOSTNAME.match(value))


@app.route("/tools/ping", methods=["GET", "POST"])
def ping():
    out = ""
    if request.method == "POST":
        host = request.form.get("host", "").strip()
        if not valid_target(host):
            out = "invalid host"
        else:
            proc = subprocess.run(["ping", "-c", "2", "--", host], capture_output=True, text=True, timeout=10)
            out = proc.stdout + proc.stderr
    return render_template_string(FORM, out=out)
