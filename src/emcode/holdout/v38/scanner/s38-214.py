from flask import Flask, abort, request

app = Flask(__name__)
PASSES = {}
TRUSTED_ORIGINS = {"https://snowpeak.com", "https://www.snowpeak.com"}


@app.route("/passes/<pass_id>/cancel", methods=["POST"])
def cancel(pass_id):
    origin = request.headers.get("Origin", "")
    if origin not in TRUSTED_ORIGINS:
        abort(403)
    PASSES.pop(pass_id, None)
    return "", 204
