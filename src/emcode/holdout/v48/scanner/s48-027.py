from flask import Flask, Response, request

app = Flask(__name__)


@app.route("/finds/label")
def find_label():
    context = request.args.get("context", "")
    layer = request.args.get("layer", "")
    message = f"Find recorded in context {context}, layer {layer}"
    return Response(message, mimetype="text/plain")
