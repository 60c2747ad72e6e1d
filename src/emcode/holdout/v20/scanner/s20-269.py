import bleach
from flask import Flask, request

app = Flask(__name__)


@app.route("/bio", methods=["POST"])
def bio():
    text = bleach.clean(request.form.get("bio", ""), tags=["b", "i"], strip=True)
    page = f"<section class='bio'>{text}</section><footer>Updated