from flask import Flask, request

app = Flask(__name__)


@app.route("/convert")
def convert():
    raw = request.args.get("amount", "")
    try:
        value = float(raw)
    except ValueError:
        return "Invalid amount: " + raw, 400
    return {"cents": round(value * 100)}
