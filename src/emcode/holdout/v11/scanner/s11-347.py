from flask import Flask, request, redirect

app = Flask(__name__)


@app.route("/lang/<code>")
def set_language(code):
    back = request.referrer or request.args.get("back", "/")
    back = request.args.get("back", back)
    if not back.startswith("/"):
        back = "/"
    resp = redirect(back)
    resp.set_cookie("lang", code[:5], samesite="Lax")
    return resp
