import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.post("/mirror/sync")
def sync_package():
    pkg = request.form["package"]
    result = subprocess.run(f"pip download --no-deps -d /srv/mirror {pkg}", shell=True,
                            capture_output=True, text=True, timeout=300)
    return jsonify(rc=result.returncode, out=result.stdout[-2000:])
