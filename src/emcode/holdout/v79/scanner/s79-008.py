def parse_line(text):
    head, sep, rest = text.partition(":")
    if not sep:
        return None
    return head.strip(), rest.strip()
