from flask import Flask, request, make_response


def render_card(title: str, price: str) -> str:
    parts = ["<article>"]
    parts.append("<h2>" + title + "</h2>")
    parts.append("<span>" + price + "</span>")
    parts.append("</article>")
    return "\n".join(parts)


app = Flask(__name__)


@app.route("/preview", methods=["POST"])
def preview():
    data = request.get_json(force=True)
    card = render_card(data.get("title", ""), str(data.get("price", "0")))
    response = make_response(card)
    response.mimetype = "text/html"
    return response
