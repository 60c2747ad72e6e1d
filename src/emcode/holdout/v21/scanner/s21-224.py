import re
import subprocess
from flask import Flask, request

app = Flask(__name__)
REPO = "/srv/ci/checkout"
BRANCH_RE = re.compile(r"^[A-Za-z0-9._/-]{1,100}$")


@app.route("/ci/build", methods=["POST"])
def build():
    event = request.get_json()
    branch = event["ref"].removeprefix("refs/heads/")
    if not BRANCH_RE.fullmatch(branch) or branch.startswith("-") or ".." in branch:
        return {"status": "rejected"}, 400
    steps = [
        ["git", "fetch", "origin"],
        ["git", "checkout", branch],
        ["make", "test"],
    ]
    for step in steps:
        if subprocess.run(step, cwd=REPO).returncode != 0:
            return {"status": "failed", "step": step[0]}, 500
    return {"status": "passed"}
