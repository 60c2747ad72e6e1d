from pathlib import Path

from flask import Flask, abort, request

app = Flask(__name__)
GALLERY = Path("/srv/gallery").resolve()


@app.delete("/photos")
def delete_photo():
    rel = (request.get_json(silent=True) or {}).get("path", "")
    target = (GALLERY / rel).resolve()
    if GALLERY not in target.parents or not target.is_file():
        abort(404)
    target.unlink()
    return {"deleted": target.name}
