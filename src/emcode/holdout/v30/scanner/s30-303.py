import shelve

from flask import Flask, request

app = Flask(__name__)


@app.route("/listeners/import", methods=["POST"])
def import_listeners():
    up = request.files["db"]
    dest = "/tmp/import_" + str(abs(hash(up.filename)))
    up.save(dest + ".db")
    with shelve.open(dest) as db:
        names = [db[k]["email"] for k in db]
    return {"imported": len(names)}
