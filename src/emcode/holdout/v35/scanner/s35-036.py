from flask import Flask, make_response, request

app = Flask(__name__)


@app.post("/designs/tags/preview")
def tags_preview():
    tags = [t.strip() for t in request.form.get("tags", "").split(",") if t.strip()]
    chips = " ".join(["<span class='chip'>%s</span>" % t for t in tags])
    resp = make_response("<div class='chips'>" + chips + "</div>")
    return resp
