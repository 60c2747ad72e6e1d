from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/auction/comment", methods=["POST"])
def post_comment():
    payload = request.get_json(silent=True) or {}
    text = payload.get("text", "")
    lot = payload.get("lot", "")
    if len(text) > 500:
        return make_response("<b>Comment too long</b>", 400)
    card = '<article class="comment"><h4>Lot {}</h4><p>{}</p></article>'.format(lot, text)
    out = make_response(card)
    out.headers["Content-Type"] = "text/html; charset=utf-8"
    return out
