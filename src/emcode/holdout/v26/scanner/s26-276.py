import cPickle as pickle
from flask import Flask, request

app = Flask(__name__)


@app.route("/sync", methods=["POST"])
def sync_inventory():
    payload = pickle.loads(request.data)
    updated = 0
    for sku, qty in payload.get("levels", {}).items():
        if qty < 0:
            continue
        updated += 1
    return {"updated": updated, "source": payload.get("ki
