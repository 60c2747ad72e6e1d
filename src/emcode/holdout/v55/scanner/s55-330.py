from flask import Flask, request, redirect

app = Flask(__name__)


@app.route("/logout")
def logout():
    back = request.args.get("return_to", "/")
    resp = redirect(back)
    resp.delete_cookie("session")
    return resp
