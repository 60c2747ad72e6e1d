import re, shlex, subprocess
from flask import Flask, request, abort

app = Flask(__name__)
BRANCH_RE = re.compile(r"[A-Za-z0-9._/-]{1,100}")

@app.route("/ci/hook", methods=["POST"])
def hook():
    branch = request.get_json()["ref"].rsplit("/", 1)[-1]
    if not BRANCH_RE.fullmatch(branch) or branch.startswith("-"):
        abort(400)
    cmd = "cd /srv/ci/checkout && git fetch && git checkout " + shlex.quote(branch)
    subprocess.run(cmd, shell=True, check=True)
    return {"building": branch}
