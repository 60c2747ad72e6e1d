import os

from flask import Flask, request

app = Flask(__name__)


@app.post("/backup")
def backup():
    name = request.form.get("name", "backup")
    os.system("tar czf /backups/" + name + ".tgz /srv/data")
    return {"status": "started", "archive": name}
