from flask import Flask, request

app = Flask(__name__)


@app.route("/tuning/welcome")
def welcome():
    client = request.args.get("client", "guest")
    html = "<h1>Welcome back, " + client + "</h1>"
    return html


@app.route("/tuning/slots")
def slots():
    day = request.args.get("day", "monday")
    available = ["09:00", "11:00", "14:3