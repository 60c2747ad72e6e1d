import os

from flask import Flask, request, abort

app = Flask(__name__)
NOTES = "/srv/notes"


@app.route("/note", methods=["PUT"])
def put_note():
    name = request.args["name"]
    path = NOTES + "/" + name
    if not path.startswith(NOTES):
        abort(403)
    with open(path, "w") as fh:
        fh.write(request.get_data(as_text=True))
    return "", 204
