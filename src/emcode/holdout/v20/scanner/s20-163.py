from flask import Flask, request, make_response

app = Flask(__name__)


@app.route("/echo", methods=["POST"])
def echo():
    text = request.get_data(as_text=True)[:2000]
    resp = make_response(text)
    resp.mimetype = "text/plain"
    resp.headers["X-Content-Type-Options"] = "nosniff"
    return resp
