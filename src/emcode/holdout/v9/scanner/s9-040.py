import ipaddress
import re
import subprocess
from flask import Flask, request, render_template_string

app = Flask(__name__)
FORM = "<form method=post><input name=host><button>Ping</button></form><pre>{{ out }}</pre>"
HOSTNAME = re.compile(r"[A-Za-z0-9-]{1,63}(\.[A-Za-z0-9-]{1,63})*")


def valid_host(h: str) -> bool:
    try:
        ipaddress.ip_address(h)
        return True
    except ValueError:
        return bool(HOSTNAME.fullmatch(h))


@app.route("/tools/ping", methods=["GET", "POST"])
def ping():
    out = ""
    if request.method == "POST":
        host = request.form["host"].strip()
        count = max(1, min(int(request.form.get("count", "3") or 3), 10))
        if valid_host(host):
            res = subprocess.run(["ping", "-c", str(count), "--", host], capture_output=True, text=True, timeout=30)
            out = res.stdout
        else:
            out = "invalid host"
    return render_template_string(FORM, out=out)
