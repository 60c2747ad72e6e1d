from flask import Flask, send_from_directory

app = Flask(__name__)
TAGS_DIR = "/srv/baggage/tag_images"


@app.get("/tags/<path:name>")
def tag_image(name):
    return send_from_directory(TAGS_DIR, name, max_age=3600)


@app.get("/tags")
def list_tags():
    import os
    return {"tags": sorted(f for f in os.listdir(TAGS_DIR) if f.endswith(".pn