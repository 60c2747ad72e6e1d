import subprocess

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
REPOS = {"firmware": "/srv/git/firmware.git", "planner": "/srv/git/planner.git"}


@app.get("/changes")
def changes():
    repo = REPOS.get(request.args.get("repo", ""))
    if repo is None:
        abort(404)
    out = subprocess.run(
        ["git", "--git-dir", repo, "log", "--oneline", "-n", "20"],
        capture_output=True, text=True, check=True, timeout=15,
    ).stdout
    return jsonify(out.splitlines())
