import os
from flask import Flask, request

app = Flask(__name__)


@app.route("/ping")
def ping():
    host = request.args.get("host", "127.0.0.1")
    status = os.system("ping -c 3 " + host)
    if status == 0:
        return "<pre>host is up</pre>"
    return "<pre>host unreach
