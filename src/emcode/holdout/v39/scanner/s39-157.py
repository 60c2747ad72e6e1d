from flask import Flask, render_template_string, request

app = Flask(__name__)
COMMENTS = []

PAGE = """
<p>Comment saved for object {{ obj_id }}:</p>
<blockquote>{{ text }}</blockquote>
"""


@app.route("/objects/<int:obj_id>/comment", methods=["POST"])
def add_comment(obj_id):
    text = request.form["text"]
    COMMENTS.append((obj_id, text))
    return render_template_string(PAGE, obj_id=obj_id, text=text), 201
