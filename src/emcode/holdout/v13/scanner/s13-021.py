import subprocess
from flask import Flask, request

app = Flask(__name__)

@app.route("/tools/ping", methods=["POST"])
def ping():
    host = request.form.get("host", "")
    count = 3
    cmd = "ping -c {} {}".format(count, host)
    out = subprocess.run(cmd, shell=True, capture_output=True, text=True)
    return "<pre>" + out.stdout.replace("<", "&lt;") + "</pre>"
