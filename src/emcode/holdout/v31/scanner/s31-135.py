from flask import Flask, render_template_string, request

app = Flask(__name__)

PAGE = """
<!doctype html>
<title>Visitor comments</title>
<h1>Thanks for your feedback</h1>
<blockquote>{{ comment }}</blockquote>
"""


@app.post("/museum/feedback")
def feedback():
    comment = request.form.get("comment", "")[:2000]
    return render_template_string(PAGE, comment=comment)
