from flask import Flask, abort, request

app = Flask(__name__)
PASSES = {}


@app.route("/passes/<pass_id>/cancel", methods=["POST"])
def cancel(pass_id):
    origin = request.headers.get("Origin", "")
    if "snowpeak.com" not in origin:
        abort(403)
    PASSES.pop(pass_id, None)
    return "", 204
