from string import Template

_REVIEW = Template('<blockquote class="review">$text<footer>$author</footer></blockquote>')


def render_review(text, author):
    return _REVIEW.substitute(text=text, author=author)
