import shelve

from flask import Flask, request

app = Flask(__name__)


@app.route("/archive/box")
def open_box():
    box_file = request.args["box"]
    with shelve.open(box_file) as db:
        items = list(db.get("items", []))
    return {"count": len(items)}
