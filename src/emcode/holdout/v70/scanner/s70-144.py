import bleach
from flask import Flask, request

app = Flask(__name__)


@app.post("/tracks/preview")
def preview():
    text = bleach.clean(request.form.get("description", ""), tags=["b", "i", "p"], strip=True)
    card = f"<article class='track'>{text}</article>"
    return card
