from flask import Flask, Response, url_for

app = Flask(__name__)


@app.route("/old-catalogue/<int:obj>")
def old(obj):
    r = Response(status=301)
    r.headers["Location"] = url_for("new", obj=obj)
    return r


@app.route("/catalogue/<int:obj>")
def new(obj):
    return {"object": obj}
