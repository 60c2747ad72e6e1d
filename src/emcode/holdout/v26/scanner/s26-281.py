def clean_name(name: str) -> str:
    words = name.split()
    if not words or len(name) > 120 or not all(w.isalnum() for w in words):
        raise ValueError("bad name")
    return " ".join(words)
