def looks_like_sentence(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= 200 and all(w.isalnum() for w in words)
