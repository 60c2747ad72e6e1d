from flask import Flask, request

app = Flask(__name__)


@app.route("/welcome")
def welcome():
    guest = request.args.get("guest", "")
    page = "<h1>Welcome to Powder Bowl, " + gu