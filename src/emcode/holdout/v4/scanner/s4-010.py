import html
from flask import Flask, request

app = Flask(__name__)
RESULT_TMPL = "<p>No results for <em>{}</em>. Try another search.</p>"


def _clean(value: str) -> str:
    return html.escape(value, quote=True)


@app.route("/search")
def search():
    q = _clean(request.args.get("q", ""))
    return RESULT_TMPL.format(q)
