from flask import Flask, request

app = Flask(__name__)

@app.route("/find")
def find():
    q = request.args.get("q", "")
    page = f"""<h1>Results for {q}</h1>"""
    return page

def paginate(items, page, per_page=20):
    start = (page - 1) * per_page
    return items[start:start + 