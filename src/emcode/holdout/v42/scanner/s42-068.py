import os
from pathlib import Path

REPLAY_ROOT = Path("/srv/tournament/replays")


def replay_dir(tournament_id: int, match_id: int) -> Path:
    target = REPLAY_ROOT / str(tournament_id) / str(match_id)
    os.makedirs(target, mode=0o777, exist_ok=True)
    return target
