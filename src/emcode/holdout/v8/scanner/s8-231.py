import re


def count_pattern(document_text, user_pattern, flags=0):
    compiled = re.compile(user_pattern, flags)
    return len(compiled.findall(document_text))
