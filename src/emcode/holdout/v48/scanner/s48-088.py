from flask import Flask, request, send_from_directory

app = Flask(__name__)
POSTERS = "/srv/cinema/posters"


@app.route("/poster")
def poster():
    name = request.args["name"]
    return send_from_directory(POSTERS, name)
