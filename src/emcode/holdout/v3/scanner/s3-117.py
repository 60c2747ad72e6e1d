import os

from flask import Flask, request

app = Flask(__name__)


@app.route("/dns")
def dns_lookup():
    domain = request.args["domain"]
    pipe = os.popen("nslookup " + domain)
    text = pipe.read()
    pipe.close()
    return "<pre>" + text.replace("<", "&lt;") + "</pre>"
