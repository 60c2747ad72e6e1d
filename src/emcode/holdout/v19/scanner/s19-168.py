import subprocess
from flask import Flask, jsonify, abort

app = Flask(__name__)
REPOS = {"api": "/srv/git/api", "web": "/srv/git/web"}


@app.route("/ci/<repo>/log")
def recent_commits(repo):
    path = REPOS.get(repo)
    if path is None:
        abort(404)
    out = subprocess.run(
        ["git", "-C", path, "log", "--oneline", "-n", "20"],
        capture_output=True, text=True, check=True, timeout=10,
    ).stdout
    return jsonify(commits=out.splitlines())
