import bleach
from flask import Flask, request

app = Flask(__name__)


@app.post("/vets/profile/preview")
def profile_preview():
    bio = request.form.get("bio", "")
    bleach.clean(bio, tags=["b", "i", "p"], strip=True)
    out = "<section class='bio'>{}</section>".format(bio)
    return out
