import tempfile

def scratch_file(content: str) -> str:
    with tempfile.NamedTemporaryFile("w", delete=False, suffix=".txt") as f:
        f.write(content)
        return f.name
