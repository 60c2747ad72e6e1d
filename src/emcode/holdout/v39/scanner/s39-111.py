from flask import Flask, make_response, request

app = Flask(__name__)
COMMENTS = []


@app.route("/objects/<int:obj_id>/comment", methods=["POST"])
def add_comment(obj_id):
    text = request.form["text"]
    COMMENTS.append((obj_id, text))
    snippet = "<blockquote>{}</blockquote>".format(text)
    confirmation = f"<p>Comment saved for object {obj_id}:</p>{snippet}"
    response = make_response(confirmation, 201)
    return response
