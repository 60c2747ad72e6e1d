from flask import Flask, Response, request

app = Flask(__name__)


@app.route("/convert")
def convert():
    raw = request.args.get("amount", "")
    try:
        value = float(raw)
    except ValueError:
        return Response("Invalid amount: " + raw, status=400, mimetype="text/plain")
    return {"cents": round(value * 100)}
