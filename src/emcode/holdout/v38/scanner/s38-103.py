NOTICE = """<section class="excerpt">
  <header>{speaker}</header>
  <blockquote>{text}</blockquote>
</section>"""


def excerpt_html(speaker, text):
    return NOTICE.format(speaker=speaker, text=text)
