import os
from flask import Flask, request

app = Flask(__name__)

@app.route("/tools/whois")
def whois():
    domain = request.args.get("domain", "")
    cmd = "whois " + domain
    result = os.