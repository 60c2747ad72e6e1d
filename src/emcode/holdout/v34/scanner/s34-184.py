import shelve

from flask import Flask, request

app = Flask(__name__)


@app.route("/tree/open", methods=["POST"])
def open_tree():
    upload = request.files["tree"]
    path = "/srv/genealogy/uploads/" + upload.filename
    upload.save(path)
    with shelve.open(path) as db:
        people = db.get("people", [])
    return {"people": len(people)}
