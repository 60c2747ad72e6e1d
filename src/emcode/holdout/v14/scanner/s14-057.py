import os
from flask import Flask, request, send_file

app = Flask(__name__)


@app.route("/thumb")
def thumb():
    name = request.args.get("img", "cat.png")
    width = request.args.get("w", "128")
    out = "/tmp/thumb_" + os.path.basename(name)
    os.popen("convert static/" + name + " -resize " + width + " " + out).read()
    return send_file(out)
