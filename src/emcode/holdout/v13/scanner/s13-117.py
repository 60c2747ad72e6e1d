import subprocess
from flask import Flask, abort

app = Flask(__name__)
REPOS = {"api": "/srv/git/api", "web": "/srv/git/web"}

@app.route("/repos/<name>/log")
def log(name):
    path = REPOS.get(name)
    if path is None:
        abort(404)
    out = subprocess.check_output(["git", "-C", path, "log", "--oneline", "-n", "20"], text=True)
    return {"commits": out.splitlines()}
