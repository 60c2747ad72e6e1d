def looks_like_tag_list(text: str) -> bool:
    if not text.endswith(";") or len(text) > 1000:
        return False
    tags = text[:-1].split(",")
    return all(t.isalnum() for t in tags if t) and bool(tags[0])
