import re

LANG_TAG = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})?")


def build_response(body: bytes, lang: str) -> bytes:
    if not LANG_TAG.fullmatch(lang):
        lang = "en"
    head = "HTTP/1.1 200 OK\r\n"
    head += "Content-Language: " + lang + "\r\n"
    head += "Content-Length: %d\r\n\r\n" % len(body)
    return head.encode("latin-1") + body
