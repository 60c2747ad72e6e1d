import os

from flask import Flask, request

app = Flask(__name__)


@app.post("/backup/animal")
def backup_animal():
    animal = request.form["animal_id"]
    os.system(f"tar czf /backups/{animal}.tgz /srv/shelter/records/{animal}")
    return {"status": "queued", "archive": f"/backups/{animal}.tgz"}


@app.get("/backup/list")
def list_backups():
    names = sorted(os.listdir("/backups"))
    return {"archives": [n for n in names if n.endswi