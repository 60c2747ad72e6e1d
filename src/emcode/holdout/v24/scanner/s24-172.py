def comments_to_html(comments):
    html = "<ul class='comments'>"
    for c in comments:
        html += "<li><b>" + c["author"] + "</b>: " + c["text"] + "</li>"
    html += "</ul>"
    return html
