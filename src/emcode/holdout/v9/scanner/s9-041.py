import re
import shlex
import subprocess
from flask import Flask, request, abort

app = Flask(__name__)
REPO = "/srv/ci/checkout"
BRANCH_RE = re.compile(r"[A-Za-z0-9._/-]{1,100}")


@app.post("/hooks/push")
def on_push():
    payload = request.get_json()
    branch = payload["ref"].removeprefix("refs/heads/")
    if not BRANCH_RE.fullmatch(branch) or branch.startswith("-"):
        abort(400)
    script = f"git fetch origin && git checkout {shlex.quote(branch)} && make test"
    rc = subprocess.call(script, shell=True, cwd=REPO)
    return {"branch": branch, "rc": rc}
