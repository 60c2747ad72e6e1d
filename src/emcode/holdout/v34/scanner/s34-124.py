import json

from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/recent")
def recent():
    try:
        searches = json.loads(request.cookies.get("recent", "[]"))
    except ValueError:
        searches = []
    if not isinstance(searches, list):
        searches = []
    q = request.args.get("q")
    if q:
        searches = ([q] + [s for s in searches if s != q])[:5]
    resp = make_response({"recent": searches})
    resp.set_cookie("recent", json.dumps(searches), httponly=True, secure=True, samesite="Lax")
    return resp
