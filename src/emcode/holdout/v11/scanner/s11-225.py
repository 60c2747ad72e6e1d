from flask import Flask, send_from_directory

app = Flask(__name__)
MEDIA = "/srv/media/public"


@app.route("/media/<path:name>")
def media(name):
    return send_from_directory(MEDIA, name, max_age=3600)


@app.route("/media/")
def media_index():
    return {"hint": "request /media/<file>"}
