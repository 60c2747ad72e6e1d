from flask import Flask, request

app = Flask(__name__)
DEVICES = {"a1": "kitchen", "b7": "garage"}

ERROR_PAGE = """<!doctype html>
<title>Not found</title>
<p>No device called %s. <a href="/devices">Back</a></p>
"""


@app.route("/devices/lookup")
def lookup_device():
    dev = request.args.get("id", "")
    if dev not in DEVICES:
        body = ERROR_PAGE % dev
        return body, 404
    return {"id": dev, "room": DEVICES[dev]}
