import os
from flask import Flask, request, send_file

app = Flask(__name__)

@app.get("/img")
def img():
    name = request.args["n"]
    full = os.path.join("/srv/img", name)
    # make sure the path stays inside
    if not os.path.realp