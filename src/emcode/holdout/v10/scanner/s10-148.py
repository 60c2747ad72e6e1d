import re
import subprocess
from flask import Flask, request, abort

app = Flask(__name__)
REPO = "/srv/builds/app"
BRANCH_RE = re.compile(r"^[A-Za-z0-9._/-]{1,100}$")


@app.route("/hooks/push", methods=["POST"])
def on_push():
    payload = request.get_json(force=True)
    branch = payload.get("ref", "refs/heads/main").removeprefix("refs/heads/")
    if not BRANCH_RE.fullmatch(branch) or branch.startswith("-"):
        abort(400)
    for argv in (["git", "fetch", "origin"], ["git", "checkout", branch, "--"], ["make", "build"]):
        subprocess.run(argv, cwd=REPO, check=True, timeout=600)
    return {"rc": 0}
