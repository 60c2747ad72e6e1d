import html

from flask import Flask, request

app = Flask(__name__)

FEEDBACK = []


@app.route("/feedback", methods=["GET", "POST"])
def feedback():
    if request.method == "POST":
        FEEDBACK.append(request.form.get("text", "")[:500])
    items = "\n".join(f"<li>{html.escape(t)}</li>" for t in FEEDBACK)
    visitor = html.escape(request.args.get("from", "guest"))
    page = f"""<!doctype html>
<title>Library feedback</title>
<p>Hi {visitor}, tell us how we did.</p>
<form method="post"><textarea name="text"></textarea><button>Send</button></form>
<ul>
{items}
</ul>"""
    return page
