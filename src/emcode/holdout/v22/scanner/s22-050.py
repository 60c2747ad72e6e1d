TEMPLATE = """<div class="mail">
  <h2>{subject}</h2>
  <div class="body">{body}</div>
</div>"""


def preview_email(subject, body):
    html_out = TEMPLATE.format(subject=subject, body=body.replace("\n", "<br>"))
    return html_out
