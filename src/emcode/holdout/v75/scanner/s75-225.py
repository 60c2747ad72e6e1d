from flask import Flask, send_from_directory, abort

app = Flask(__name__)
SCAN_DIR = "/srv/archive/public-scans"


@app.get("/scans/<path:name>")
def scan(name):
    if not name.lower().endswith((".jpg", ".png")):
        abort(404)
    return send_from_directory(SCAN_DIR, name)


@app.get("/scans/")
def scan_index():
    return {"hint": "request /scans/<name>.jpg", "count": len(__import__("os").listd