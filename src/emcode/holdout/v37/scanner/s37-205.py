import pickle as pk

from flask import Flask, request

app = Flask(__name__)


@app.post("/seedbank/import")
def import_inventory():
    f = request.files["inventory"]
    records = pk.load(f.stream)
    return {"imported": len(records)}
