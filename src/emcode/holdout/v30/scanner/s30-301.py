from flask import Flask, jsonify, request

app = Flask(__name__)


@app.post("/bins/label")
def bin_label():
    payload = request.get_json(force=True)
    aisle = str(payload.get("aisle", ""))
    shelf = str(payload.get("shelf", ""))
    label = f"{aisle}-{shelf}".upper()
    return jsonify(label=label, printable=len(label) <= 12)
