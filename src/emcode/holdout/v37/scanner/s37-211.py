from flask import Flask, request

app = Flask(__name__)


@app.route("/vault/temperature")
def temperature():
    try:
        vault = int(request.args.get("vault", "1"))
        reading = float(request.args.get("c", "-18"))
    except ValueError:
        return "bad input", 400
    return "<p>Vault %d reads %.1f&deg;C</p>" % (vault, reading)
