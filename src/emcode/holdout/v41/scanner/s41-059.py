import bleach
from flask import Flask, request

app = Flask(__name__)


@app.post("/vets/profile/preview")
def profile_preview():
    bio = request.form.get("bio", "")
    cleaned = bleach.clean(bio, tags=["b", "i", "p"], attributes={}, strip=True)
    out = "<section class='bio'>{}</section>".format(cleaned)
    return out
