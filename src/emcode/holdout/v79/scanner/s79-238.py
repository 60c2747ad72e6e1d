import hashlib
import json

from flask import Flask, request, Response

app = Flask(__name__)

with open("timetable.json") as fh:
    TIMETABLE = json.load(fh)


@app.route("/timetable")
def timetable():
    body = json.dumps(TIMETABLE, sort_keys=True)
    tag = hashlib.sha1(body.encode()).hexdigest()
    if request.headers.get("If-None-Match") == tag:
        return Response(status=304)
    return Response(body, mimetype="application/json", headers={"ETag": tag})
