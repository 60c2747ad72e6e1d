import re
import subprocess

from flask import Flask, abort, request

app = Flask(__name__)
REPO_DIR = "/srv/ci/checkout"
BRANCH_RE = re.compile(r"[A-Za-z0-9._/-]{1,100}")


@app.post("/hooks/push")
def on_push():
    event = request.get_json(force=True) or {}
    branch = str(event.get("ref", "refs/heads/main")).removeprefix("refs/heads/")
    if not BRANCH_RE.fullmatch(branch) or branch.startswith("-") or ".." in branch:
        abort(400)
    subprocess.run(["git", "fetch", "origin"], cwd=REPO_DIR, check=True)
    subprocess.run(["git", "checkout", branch], cwd=REPO_DIR, check=True)
    result = subprocess.run(["make", "test"], cwd=REPO_DIR)
    return {"branch": branch, "exit": result.returncode}
