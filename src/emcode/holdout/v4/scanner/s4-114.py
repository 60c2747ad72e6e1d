import bleach
from flask import Flask, request, make_response

app = Flask(__name__)

@app.route('/comment', methods=['POST'])
def post_comment():
    author = bleach.clean(request.form['author'], tags=[], strip=True)
    body = bleach.clean(request.form['body'], tags=["b", "i"], strip=True)
    html = f"""
    <div class="comment">
      <b>{author}</b> wrote:
      <p>{body}</p>
    </div>
    """
    return make_response(html)
