from flask import Flask, make_response, request
from markupsafe import Markup, escape

app = Flask(__name__)


@app.post("/events/preview")
def preview_event():
    title = escape(request.form.get("title", "Untitled"))
    acts = [escape(a) for a in request.form.getlist("act") if a.strip()]
    lineup = Markup("").join(Markup("<li>{}</li>").format(a) for a in acts)
    page = Markup("<h1>{}</h1><ol>{}</ol>").format(title, lineup)
    resp = make_response(str(page))
    resp.headers["Content-Type"] = "text/html; charset=utf-8"
    return resp
