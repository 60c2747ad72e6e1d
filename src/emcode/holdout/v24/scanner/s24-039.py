from flask import Flask, request

app = Flask(__name__)


@app.route("/hello")
def hello():
    visitor = request.args.get("name", "guest")
    page = f"""<html><body>
    <h1>Welcome to the museum, {visitor}!</h1>
    </body></html>"""
    return page


@app.route("/exhibits")
def exhibits():
    floor = request.args.get("floor", "1")
    items = [e for e in EXHIBITS if e["fl
