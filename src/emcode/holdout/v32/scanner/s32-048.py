import subprocess

from flask import Flask, jsonify

app = Flask(__name__)


@app.route("/admin/health")
def health():
    df = subprocess.run(["df", "-h", "/srv/cases"], capture_output=True, text=True, timeout=5)
    lines = df.stdout.strip().splitlines()
    return jsonify(disk=lines[-1] if lines else "", ok=df.returncode == 0)
