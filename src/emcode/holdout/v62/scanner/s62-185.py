from flask import Flask, request, abort, jsonify

app = Flask(__name__)
TRUSTED_ORIGINS = {"https://shop.risecrumb.co.uk", "https://admin.risecrumb.co.uk"}


@app.route("/api/pause", methods=["POST"])
def pause():
    origin = request.headers.get("Origin", "")
    if origin not in TRUSTED_ORIGINS:
        abort(403)
    return jsonify(paused=True)
