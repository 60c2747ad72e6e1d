import bleach
from flask import Flask, request, make_response

app = Flask(__name__)

@app.route('/preview', methods=['POST'])
def preview():
    body = bleach.clean(request.form['comment'], tags=[], strip=True)
    author = bleach.clean(request.form.get('author', 'anon'), tags=[], strip=True)
    html = f"""
    <div class="comment"><b>{author}</b> wrote:<p>{body}</p></div>
    """
    return make_response(html)
