import subprocess
import tempfile
from urllib.parse import urlparse
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/registry/import", methods=["POST"])
def import_repo():
    url = (request.get_json(silent=True) or {}).get("repo", "")
    parts = urlparse(url)
    if parts.scheme != "https" or not parts.hostname:
        return jsonify(error="https URL required"), 400
    workdir = tempfile.mkdtemp(prefix="pkgimport-")
    proc = subprocess.run(["git", "clone", "--depth", "1", "--", url, workdir],
                          capture_output=True, text=True, timeout=120)
    if proc.returncode != 0:
        return jsonify(error="clone failed"), 422
    return jsonify(path=workdir)
