from flask import Flask, request, send_from_directory

app = Flask(__name__)
IMAGES = "/srv/museum/images"


@app.route("/image")
def image():
    name = request.args.get("file", "")
    return send_from_directory(IMAGES, name)
