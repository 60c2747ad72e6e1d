from flask import Flask, request, redirect

app = Flask(__name__)


@app.get("/out")
def outbound():
    url = request.args.get("to", "/")
    if "museum.example" in url:
        return redirect(url)
    return redirect("/")
