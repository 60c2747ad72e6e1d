import hashlib
import hmac
import os
import subprocess
from flask import Flask, request, abort

app = Flask(__name__)
REPO = "/srv/ci/repo"
HOOK_SECRET = os.environ["CI_HOOK_SECRET"].encode()


def git(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["git", "-C", REPO, *args], capture_output=True, text=True)


@app.post("/webhook")
def on_push():
    sig = request.headers.get("X-Hub-Signature-256", "")
    expected = "sha256=" + hmac.new(HOOK_SECRET, request.get_data(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(sig, expected):
        abort(403)
    event = request.get_json(force=True)
    branch = str(event.get("ref", "")).removeprefix("refs/heads/")
    commit = str(event.get("after", ""))
    if git("check-ref-format", "--branch", branch).returncode != 0 or len(commit) != 40:
        abort(400)
    int(commit, 16)
    git("fetch", "origin")
    git("checkout", "--detach", commit)
    proc = subprocess.Popen(["./run_tests.sh"], cwd=REPO)
    return {"started": proc.pid}
