import bleach

TEMPLATE = """<div class="mail">
  <h2>{subject}</h2>
  <div class="body">{body}</div>
</div>"""


def preview_email(subject: str, body: str) -> str:
    clean_subject = bleach.clean(subject, tags=[], strip=True)
    clean_body = bleach.clean(body, tags=[], strip=True).replace("\n", "<br>")
    return TEMPLATE.format(subject=clean_subject, body=clean_body)
