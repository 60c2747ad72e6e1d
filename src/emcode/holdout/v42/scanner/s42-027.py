import bleach
from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/recipes/<int:recipe_id>/preview-comment", methods=["POST"])
def preview_comment(recipe_id):
    author = bleach.clean(request.form["author"], tags=[], strip=True)
    text = bleach.clean(request.form["comment"], tags=["b", "i", "em", "strong"], strip=True)
    out = "<article>"
    out += "<header>" + author + " wrote:</header>"
    out += "<p>" + text + "</p>"
    out += "</article>"
    return make_response(out, 200)
