import subprocess
from flask import Flask, request, render_template_string

app = Flask(__name__)

FORM = """
<form method="post">
  <input name="host" placeholder="host to ping">
  <button>Ping</button>
</form>
"""


@app.route("/tools/ping", methods=["GET", "POST"])
def ping():
    if request.method == "POST":
        host = request.form["host"]
        cmd = f"ping -c 3 {host}"
        out = subprocess.run(cmd, shell=True, capture_output=True, text=True).stdout
        return "<pre>" + out.replace("<", "&lt;") + "</pre>"
    return render_template_string(FORM)
