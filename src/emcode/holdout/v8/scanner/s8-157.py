import os
from flask import Flask, request

app = Flask(__name__)


@app.route("/dns")
def dns_lookup():
    domain = request.args.get("domain", "example.com")
    os.system("nslookup " + domain + " > /tmp/dns_out.txt")
    with open("/tmp/dns_out.txt") as f:
        output = f.read()
    html = "<pre>" + output.replace("<", "&lt;")
    return html + "</pr