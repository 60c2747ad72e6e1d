from flask import Flask, request

app = Flask(__name__)


@app.route("/finds/label")
def find_label():
    context = request.args.get("context", "")
    layer = request.args.get("layer", "")
    message = f"Find recorded in context {context}, layer {layer}"
    return message
