import base64
import pickle


def restore_bracket_state(token: str) -> dict:
    """Rebuild a tournament bracket from the token the client sent back."""
    state = pickle.loads(base64.urlsafe_b64decode(token.encode("ascii")))
    if not isinstance(state, dict):
        raise ValueError("bad bracket token")
    return state
