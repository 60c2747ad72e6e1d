import os

from flask import Flask, request, Response

app = Flask(__name__)
BASE = "/srv/carpark/tickets"


@app.get("/tickets/view")
def view_ticket():
    ref = request.args.get("ref", "")
    with open(os.path.join(BASE, ref)) as fh:
        content = fh.read()
    return Response(content, mimetype="text/pl