import subprocess

from flask import Flask, abort, Response

app = Flask(__name__)
REPOS = {"api": "/srv/git/api.git", "web": "/srv/git/web.git"}


@app.route("/changelog/<repo>")
def changelog(repo):
    path = REPOS.get(repo)
    if path is None:
        abort(404)
    out = subprocess.run(["git", "--git-dir", path, "log", "--oneline", "-n", "30"],
                         capture_output=True, text=True, check=False).stdout
    return Response(out, mimetype="text/plain")
