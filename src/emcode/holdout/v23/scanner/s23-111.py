import os
import secrets
from flask import Flask, request, jsonify, send_from_directory

app = Flask(__name__)
AVATAR_DIR = "/srv/game/avatars"
ALLOWED_TYPES = {"image/png": ".png", "image/jpeg": ".jpg"}


@app.route("/players/<int:player_id>/avatar", methods=["POST"])
def upload_avatar(player_id):
    f = request.files.get("avatar")
    if f is None or f.mimetype not in ALLOWED_TYPES:
        return jsonify(error="png or jpeg required"), 400
    name = f"{player_id}-{secrets.token_hex(8)}{ALLOWED_TYPES[f.mimetype]}"
    f.save(os.path.join(AVATAR_DIR, name))
    return jsonify(avatar=name), 201


@app.route("/avatars/<path:name>")
def avatar(name):
    return send_from_directory(AVATAR_DIR, name)
