import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.route("/git/log", methods=["POST"])
def git_log():
    payload = request.get_json()
    repo = payload["repo"]
    branch = payload.get("branch", "main")
    cmd = "cd /srv/repos/" + repo
    cmd += " && git log --oneline -n 20 " + branch
    out = subprocess.check_output(cmd, shell=True, text=True)
    return {"log": out.splitlines()}
