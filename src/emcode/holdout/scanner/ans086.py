import urllib.request

from flask import Flask, request

app = Flask(__name__)


@app.post("/avatar")
def import_avatar():
    avatar_url = request.form["avatar_url"]
    with urllib.request.urlopen(avatar_url) as resp:
        data = resp.read()
    with open(f"avatars/{request.form['user_id']}.png", "wb") as fh:
        fh.write(data)
    return {"bytes": len(data)}
