from flask import Flask, request, make_response

app = Flask(__name__)

@app.route('/comment', methods=['POST'])
def post_comment():
    author = request.form['author']
    body = request.form['body']
    html = f"""
    <div class="comment">
      <b>{author}</b> wrote:
      <p>{body}</p>
    </div>
    """
    resp = make_response(html)
    resp.headers['X-Frame-Options'] = 'DENY'
    return resp
