import re
import subprocess
from flask import Flask, request, jsonify, abort

app = Flask(__name__)
REPO_DIR = "/srv/ci/checkout"
BRANCH_RE = re.compile(r"[A-Za-z0-9._/-]{1,100}")


@app.route("/ci/changelog", methods=["POST"])
def changelog():
    branch = str(request.json.get("branch", "main"))
    limit = min(int(request.json.get("limit", 20)), 200)
    if not BRANCH_RE.fullmatch(branch) or branch.startswith("-"):
        abort(400)
    proc = subprocess.run(["git", "log", "--oneline", "-n", str(limit), f"origin/{branch}"],
                          cwd=REPO_DIR, capture_output=True, text=True, timeout=10)
    return jsonify(lines=proc.stdout.splitlines())
