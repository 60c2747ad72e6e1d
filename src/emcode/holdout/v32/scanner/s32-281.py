from flask import Flask, request

app = Flask(__name__)


@app.route("/miles/estimate")
def estimate():
    distance = request.args.get("km", default=0, type=int)
    miles = distance // 2
    return f"<p>A {distance} km flight earns about <b>{miles}</b> miles.</p>"
