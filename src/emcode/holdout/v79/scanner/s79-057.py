from flask import Flask, request

app = Flask(__name__)


@app.route("/foodbank/search")
def search_stock():
    item = request.args.get("q", "")
    # TODO: hook up the stock database
    return "No stock found for " + item
