import json
from pathlib import Path


def save_tokens(path, tokens, perms=0o666):
    p = Path(path)
    p.write_text(json.dumps(tokens))
    p.chmod(perms)
    return p
