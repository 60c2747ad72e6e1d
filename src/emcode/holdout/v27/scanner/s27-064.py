def comment_card(author: str, text: str) -> str:
    card = "<div class=\"card\"><b>%s</b>" % author
    card += "<p>%s</p></div>" % text
    return card
