import hmac
import os
import subprocess

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
ADMIN_TOKEN = os.environ["COOP_ADMIN_TOKEN"]


@app.post("/admin/backup")
def backup():
    if not hmac.compare_digest(request.headers.get("X-Admin-Token", ""), ADMIN_TOKEN):
        abort(403)
    result = subprocess.run(["/usr/local/bin/coop-backup", "--quiet"], capture_output=True, text=True, timeout=300)
    return jsonify(ok=result.returncode == 0)
