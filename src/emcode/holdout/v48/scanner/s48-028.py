from markupsafe import Markup

_REVIEW = Markup('<blockquote class="review">{text}<footer>{author}</footer></blockquote>')


def render_review(text, author):
    return _REVIEW.format(text=text, author=author)
