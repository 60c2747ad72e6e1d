import re
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)
REQ_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*(==[A-Za-z0-9.+!_-]+)?$")


@app.post("/mirror/sync")
def sync_package():
    pkg = request.form["package"]
    if not REQ_RE.match(pkg):
        return jsonify(error="invalid requirement"), 400
    result = subprocess.run(["pip", "download", "--no-deps", "-d", "/srv/mirror", "--", pkg],
                            capture_output=True, text=True, timeout=300)
    return jsonify(rc=result.returncode, out=result.stdout[-2000:])
