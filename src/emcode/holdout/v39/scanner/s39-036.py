from flask import Flask, request

app = Flask(__name__)


@app.route("/label")
def label():
    item = request.args.get("item", "Roman coin")
    return {"label": "Item: {}".format(item)}
