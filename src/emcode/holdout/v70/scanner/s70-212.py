from flask import Flask, request

app = Flask(__name__)


@app.get("/tags")
def tags():
    raw = request.args.get("tags", "")
    items = [f"<li>{t.strip()}</li>" for t in raw.split(",") if t.strip()]
    return "".join(["<ul>"] + items + ["</ul>"])
