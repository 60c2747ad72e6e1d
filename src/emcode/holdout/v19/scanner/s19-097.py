import re
import subprocess
from flask import Flask, request, render_template_string
from markupsafe import escape

app = Flask(__name__)
FORM = '<form method="post"><input name="host"><button>Ping</button></form>'
HOST_OK = re.compile(r"[A-Za-z0-9][A-Za-z0-9.-]{0,252}")


@app.route("/tools/ping", methods=["GET", "POST"])
def ping():
    if request.method == "POST":
        host = request.form.get("host", "")
        if not HOST_OK.fullmatch(host):
            return "invalid host", 400
        proc = subprocess.run(["ping", "-c", "3", "--", host], capture_output=True, text=True, timeout=20)
        return "<pre>" + str(escape(proc.stdout)) + "</pre>"
    return render_template_string(FORM)
