import bleach
from flask import Flask, abort, make_response, request

app = Flask(__name__)


@app.route("/auction/comment", methods=["POST"])
def post_comment():
    payload = request.get_json(silent=True) or {}
    text = payload.get("text", "")
    lot = str(payload.get("lot", ""))
    if not lot.isdigit():
        abort(400)
    if len(text) > 500:
        return make_response("<b>Comment too long</b>", 400)
    cleaned = bleach.clean(text, tags=["b", "i", "em"], strip=True)
    card = '<article class="comment"><h4>Lot {}</h4><p>{}</p></article>'.format(lot, cleaned)
    out = make_response(card)
    out.headers["Content-Type"] = "text/html; charset=utf-8"
    return out
