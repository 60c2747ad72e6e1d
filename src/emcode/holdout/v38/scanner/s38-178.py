import bleach
from flask import Flask, request

app = Flask(__name__)
TAGS = ["b", "i", "em", "strong", "p", "br"]


@app.route("/pets/bio/preview", methods=["POST"])
def bio_preview():
    raw = request.form.get("bio", "")
    cleaned = bleach.clean(raw, tags=TAGS, attributes={}, strip=True)
    return f"<article class='bio'>{cleaned}</article>"
