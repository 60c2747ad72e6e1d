from flask import Flask, request, render_template_string

app = Flask(__name__)

PAGE = """
<!doctype html>
<title>Stock</title>
<p>Unknown item: {{ item }}</p>
"""


@app.route("/stock")
def stock():
    item = request.args.get("item", "")
    return render_template_string(PAGE, item=item), 404
