from flask import Flask, request
from flask.views import MethodView

app = Flask(__name__)


class ClaimNoteView(MethodView):
    def post(self):
        title = request.form.get("title", "")
        body = request.form.get("body", "")
        parts = ["<article>", "<h2>", title, "</h2>", "<div>", body, "</div>", "</article>"]
        return "".join(parts)


app.add_url_rule("/claims/notes", view_func=ClaimNoteView.as_view("claim_note"))
