import hashlib
import json

from flask import Flask, Response, request

app = Flask(__name__)

SCHEDULE = {"mon": ["18:00 Dune"], "tue": ["20:00 Alien"]}


@app.get("/schedule.json")
def schedule():
    body = json.dumps(SCHEDULE, sort_keys=True)
    etag = hashlib.sha1(body.encode()).hexdigest()
    if request.if_none_match.contains(etag):
        return Response(status=304)
    resp = Response(body, mimetype="application/json")
    resp.set_etag(etag)
    return resp
