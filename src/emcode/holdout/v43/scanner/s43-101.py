from flask import Flask, make_response, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/translators/<int:tid>/card")
def translator_card(tid):
    name = escape(request.args.get("name", "Translator"))
    pair = escape(request.args.get("pair", "en-de"))
    html = "<div class='card'><h3>{}</h3><p>Languages: {}</p><p>ID {}</p></div>".format(name, pair, tid)
    resp = make_response(html)
    resp.headers["Content-Type"] = "text/html; charset=utf-8"
    return resp
