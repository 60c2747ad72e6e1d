import os
from flask import Flask, request, Response, abort

app = Flask(__name__)
BASE = os.path.realpath("/srv/docs")


@app.route("/doc")
def doc():
    target = os.path.realpath(os.path.join(BASE, request.args["f"]))
    if not target.startswith(BASE + os.sep):
        abort(403)
    with open(target) as fh:
        return Response(fh.read(),