import re
from flask import Flask, request, redirect, abort

app = Flask(__name__)
REGISTERED = {"client-1": "https://partner.example.net/cb"}

@app.get("/authorize")
def authorize():
    cid = request.args["client_id"]
    uri = request.args["redirect_uri"]
    if not re.match(REGISTERED[cid], uri):
        abort(400)
    return redirect(uri + "?code=abc")
