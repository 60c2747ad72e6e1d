import ipaddress
import re
import subprocess
from flask import Flask, request, render_template_string

app = Flask(__name__)
HOSTNAME = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})(?:\.[A-Za-z0-9-]{1,63})*$")
FORM = """
<form method=post>
  Station host: <input name=host>
  <button>Ping</button>
</form>
"""


def valid_host(value):
    try:
        ipaddress.ip_address(value)
        return True
    except ValueError:
        return bool(HOSTNAME.fullmatch(value))


@app.route("/diag", methods=["GET", "POST"])
def diag():
    if request.method == "POST":
        host = request.form.get("host", "")
        if not valid_host(host):
            return {"error": "bad host"}, 400
        proc = subprocess.run(["ping", "-c", "2", "--", host], capture_output=True, timeout=10)
        return {"reachable": proc.returncode == 0}
    return render_template_string(FORM)
