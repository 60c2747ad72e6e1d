from flask import Flask, request, redirect

app = Flask(__name__)


@app.route("/go")
def go():
    dest = request.args.get("to", "/")
    if dest.startswith("/") or dest.startswith("http"):
        return redirect(dest)
    return redirect("/")
