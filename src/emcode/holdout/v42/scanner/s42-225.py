from pathlib import Path

REPLAY_ROOT = Path("/srv/tournament/replays")


def replay_dir(tournament_id: int, match_id: int) -> Path:
    target = REPLAY_ROOT / str(int(tournament_id)) / str(int(match_id))
    target.mkdir(mode=0o750, parents=True, exist_ok=True)
    return target
