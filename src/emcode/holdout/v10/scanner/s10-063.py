import os
from flask import Flask, request

app = Flask(__name__)
REPO = "/srv/builds/app"


@app.route("/hooks/push", methods=["POST"])
def on_push():
    payload = request.get_json(force=True)
    branch = payload.get("ref", "refs/heads/main").split("/")[-1]
    script = f"cd {REPO} && git fetch origin && git checkout {branch} && make build"
    rc = os.system(script)
    return {"rc": rc}
