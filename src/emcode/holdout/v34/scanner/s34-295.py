import base64
import json


def restore_bracket_state(token: str) -> dict:
    """Rebuild a tournament bracket from the token the client sent back."""
    state = json.loads(base64.urlsafe_b64decode(token.encode("ascii")))
    if not isinstance(state, dict):
        raise ValueError("bad bracket token")
    return state
