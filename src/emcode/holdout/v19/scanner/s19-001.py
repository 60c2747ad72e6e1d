from flask import Flask, request

app = Flask(__name__)

INVENTORY = {"bolt": 120, "nut": 300, "washer": 45}


@app.route("/stock")
def stock():
    item = request.args.get("item", "")
    count = INVENTORY.get(item)
    if count is None:
        body = f"<p>No stock record for <b>{item}</b></p>"
        return body, 404
    return {"item": item, "count": count}


@app.route("/health")
def health():
    return "ok"
