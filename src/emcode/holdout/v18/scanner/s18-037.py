import re
import subprocess
from flask import Flask, request, jsonify, abort

app = Flask(__name__)
REPO_DIR = "/srv/ci/checkout"
BRANCH_RE = re.compile(r"[A-Za-z0-9._/-]{1,100}")
TARGETS = {"test", "lint", "build"}


@app.route("/ci/build", methods=["POST"])
def trigger_build():
    data = request.get_json(force=True)
    branch = data.get("branch", "main")
    target = data.get("target", "test")
    if not BRANCH_RE.fullmatch(branch) or branch.startswith("-") or target not in TARGETS:
        abort(400)
    subprocess.run(["git", "fetch", "origin"], cwd=REPO_DIR, check=True)
    subprocess.run(["git", "checkout", branch], cwd=REPO_DIR, check=True)
    done = subprocess.run(["make", target], cwd=REPO_DIR)
    return jsonify(branch=branch, exit_code=done.returncode)
