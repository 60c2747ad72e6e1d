import os
import shelve

from flask import Flask, request

app = Flask(__name__)
UPLOADS = "/srv/fridge/uploads"


@app.post("/donations/merge")
def merge():
    f = request.files["archive"]
    target = os.path.join(UPLOADS, "incoming.db")
    f.save(target)
    with shelve.open(target.removesuffix(".db")) as db:
        total = sum(len(v) for v in db.values())
    return {"merged": total}
