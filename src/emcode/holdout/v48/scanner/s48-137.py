import os

from flask import Flask, request, send_file

app = Flask(__name__)
POSTERS = "/srv/cinema/posters"


@app.route("/poster")
def poster():
    name = request.args["name"]
    return send_file(os.path.join(POSTERS, name))
