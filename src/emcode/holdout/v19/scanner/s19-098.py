import re
import subprocess
from flask import Flask, request

app = Flask(__name__)
REPO_DIR = "/srv/ci/repo"
BRANCH_OK = re.compile(r"[A-Za-z0-9._/-]{1,100}")


@app.post("/hooks/build")
def build_hook():
    event = request.get_json(force=True)
    branch = event.get("ref", "refs/heads/main").removeprefix("refs/heads/")
    if not BRANCH_OK.fullmatch(branch) or branch.startswith("-") or ".." in branch:
        return {"error": "bad branch"}, 400
    for argv in (["git", "fetch", "origin"], ["git", "checkout", branch, "--"], ["make", "test"]):
        rc = subprocess.call(argv, cwd=REPO_DIR)
        if rc:
            return {"branch": branch, "rc": rc}
    return {"branch": branch, "rc": 0}
