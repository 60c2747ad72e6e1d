import html
import re


def simple_markup(text: str) -> str:
    """Turn *bold* into <b>bold</b> and newlines into <br>, after escaping the text."""
    escaped = html.escape(text)
    bolded = re.sub(r"\*([^*\n]{1,200})\*", r"<b>\1</b>", escaped)
    return bolded.replace("\n", "<br>\n")
