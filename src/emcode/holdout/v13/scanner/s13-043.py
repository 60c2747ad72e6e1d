import bleach
from flask import Flask, request, make_response

app = Flask(__name__)
TPL = "<div class='comment'><b>{a}</b> {t}</div>"

@app.route("/comment", methods=["POST"])
def comment():
    author = bleach.clean(request.form.get("author", "anon"), tags=[], strip=True)
    text = bleach.clean(request.form["text"], tags=["b", "i"], strip=True)
    body = TPL.format(a=author, t=text)
    return make_response(body, 201)
