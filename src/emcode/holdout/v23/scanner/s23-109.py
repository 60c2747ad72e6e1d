import subprocess
from flask import Flask, jsonify

app = Flask(__name__)


@app.route("/admin/status/<name>")
def status(name):
    out = subprocess.check_output("systemctl status " + name + " --no-pager", shell=True, text=True)
    return jsonify(output=out)
