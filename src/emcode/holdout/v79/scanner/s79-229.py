import re

from flask import Flask, request, abort

app = Flask(__name__)
TRUSTED_DOMAIN = "timetable.school.org"
ORIGIN_RX = re.compile(r"https://([a-z0-9-]+\.)?" + re.escape(TRUSTED_DOMAIN))


@app.before_request
def check_origin():
    origin = request.headers.get("Origin")
    if request.method == "POST" and origin and not ORIGIN_RX.fullmatch(origin):
        abort(403)


@app.post("/lessons/swap")
def swap():
    return {"swapped": True}
