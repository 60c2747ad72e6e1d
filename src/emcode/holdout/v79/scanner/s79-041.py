import requests
from flask import Flask, request, abort

app = Flask(__name__)


@app.route("/photos/import", methods=["POST"])
def import_photo():
    photo_id = request.form.get("id", "")
    if not photo_id.isdigit():
        abort(400)
    r = requests.get(f"https://archive.genealogy.example/photos/{photo_id}.jpg", timeout=10)
    r.raise_for_status()
    with open("/srv/genealogy/photos/latest.jpg", "wb") as fh:
        fh.write(r.content)
    return {"bytes": len(r.content)}
