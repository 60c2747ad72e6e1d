import os
import shelve
import tempfile

from flask import Flask, request

app = Flask(__name__)


@app.post("/legacy/import")
def legacy_import():
    """Import a member database exported by the old desktop booking tool (a shelve file)."""
    up = request.files["db"]
    workdir = tempfile.mkdtemp()
    path = os.path.join(workdir, "members")
    up.save(path + ".db")
    members = []
    with shelve.open(path) as old:
        for key in old:
            members.append({"id": key, "name": old[key]["name"]})
    return {"imported": len(members)}
