from flask import Flask, request, jsonify

app = Flask(__name__)

CARGO = {"C-77": {"weight": 1200, "port": "Rotterdam"}}


@app.route("/cargo")
def cargo_lookup():
    ref = request.args.get("ref", "")
    item = CARGO.get(ref)
    if not item:
        return f"<p>Unknown cargo reference: {ref}</p>", 404
    return jsonify(item)


@app.route("/cargo/ports")
def ports():
    names = sorted({c["port"] for c in CARGO.val