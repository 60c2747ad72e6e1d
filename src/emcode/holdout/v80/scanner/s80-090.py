import shelve

from flask import Flask, abort

app = Flask(__name__)
STORE = "/var/lib/fridge/inventory"


@app.get("/fridges/<fridge_id>/items")
def items(fridge_id):
    with shelve.open(STORE, flag="r") as db:
        entry = db.get(fridge_id)
    if entry is None:
        abort(404)
    return {"fridge": fridge_id, "items": entry}
