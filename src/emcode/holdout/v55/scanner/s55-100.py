import subprocess
import shutil

from flask import Flask, jsonify

app = Flask(__name__)


@app.route("/admin/disk")
def disk():
    df = shutil.which("df")
    out = subprocess.run([df, "-h", "/srv/traps"], capture_output=True, text=True, check=False)
    lines = out.stdout.strip().splitlines()
    return jsonify({"report": lines})
