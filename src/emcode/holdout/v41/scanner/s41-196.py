from flask import Flask, request, send_from_directory

app = Flask(__name__)
XRAY_DIR = "/srv/vet/xrays"


@app.get("/xrays")
def get_xray():
    name = request.args["file"]
    return send_from_directory(XRAY_DIR, name)
